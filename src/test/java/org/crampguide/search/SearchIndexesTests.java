package org.crampguide.search;

import java.io.IOException;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.crampguide.content.ContentReloadedEvent;
import org.crampguide.content.ContentRepository;
import org.crampguide.testsupport.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The index follows the content: a search before any index waits for the first one, and
 * an edit of the synonyms file on disk is searchable after the reload.
 */
class SearchIndexesTests {

	@TempDir
	Path folder;

	@Test
	void answersTheFirstSearchByWaitingForTheFirstIndex() {
		ContentRepository repository = Fixtures.repository(Fixtures.CONTENT, true, (event) -> {
		});
		SearchIndexes indexes = new SearchIndexes(repository);
		assertThat(indexes.index())
			.hasValueSatisfying((index) -> assertThat(index.search("night", null, 1).total()).isPositive());
	}

	@Test
	void triesAgainAfterAFirstBuildThatFailed() {
		ContentRepository repository = Fixtures.repository(Fixtures.CONTENT, true, (event) -> {
		});
		AtomicInteger builds = new AtomicInteger();
		SearchIndexes indexes = new SearchIndexes(repository, (snapshot) -> {
			if (builds.incrementAndGet() == 1) {
				throw new IllegalStateException("the first build fails");
			}
			return SearchIndex.of(snapshot);
		});
		assertThat(indexes.index()).as("the search during the failed build").isEmpty();
		assertThat(indexes.index()).as("the next search, after another build")
			.hasValueSatisfying((index) -> assertThat(index.search("night", null, 1).total()).isPositive());
		assertThat(builds).hasValue(2);
	}

	@Test
	void searchesWithTheSynonymsFileAsEditedOnDisk() throws IOException {
		Fixtures.copy(Fixtures.CONTENT, this.folder);
		AtomicReference<SearchIndexes> indexes = new AtomicReference<>();
		ContentRepository repository = Fixtures.repository(this.folder, true, (event) -> {
			if (event instanceof ContentReloadedEvent reloaded) {
				indexes.get().onReload(reloaded);
			}
		});
		indexes.set(new SearchIndexes(repository));
		assertThat(total(indexes.get(), "zizz")).isZero();

		Files.createDirectories(this.folder.resolve("search"));
		Files.writeString(this.folder.resolve("search/synonyms.txt"), "zizz, night\n");
		assertThat(repository.reload().errors()).isEmpty();

		await().untilAsserted(() -> assertThat(total(indexes.get(), "zizz")).isPositive());
		assertThat(indexes.get().index().orElseThrow().search("zizz", null, 1).hits())
			.anySatisfy((hit) -> assertThat(hit.article().path()).isEqualTo("/causes/night-cramps"));
	}

	@Test
	void letsGoOfTheIndexesItReplaced() throws IOException, InterruptedException {
		Fixtures.copy(Fixtures.CONTENT, this.folder);
		AtomicReference<SearchIndexes> indexes = new AtomicReference<>();
		ContentRepository repository = Fixtures.repository(this.folder, true, (event) -> {
			if (event instanceof ContentReloadedEvent reloaded) {
				indexes.get().onReload(reloaded);
			}
		});
		indexes.set(new SearchIndexes(repository));
		WeakReference<SearchIndex> first = new WeakReference<>(indexes.get().index().orElseThrow());
		Files.createDirectories(this.folder.resolve("search"));
		Files.writeString(this.folder.resolve("search/synonyms.txt"), "zizz, night\n");
		repository.reload();
		await().until(() -> indexes.get().index().orElseThrow().snapshot() == repository.snapshot());
		for (int i = 0; i < 50 && first.get() != null; i++) {
			System.gc();
			Thread.sleep(20);
		}
		// An index holds its snapshot, every article of it: at 10,000 articles a kept
		// one is a hundred megabytes.
		assertThat(first.get()).as("the first index, once a newer one is served").isNull();
		assertThat(total(indexes.get(), "zizz")).isPositive();
	}

	private static long total(SearchIndexes indexes, String query) {
		return indexes.index().orElseThrow().search(query, null, 1).total();
	}

}
