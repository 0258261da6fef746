package org.crampguide.content.load;

import org.crampguide.content.Article;
import org.crampguide.content.ContentError;
import org.crampguide.site.SiteProperties;
import org.crampguide.content.ContentReloadedEvent;
import org.crampguide.content.ContentRepository;
import org.crampguide.content.ContentSnapshot;
import org.crampguide.content.LoadResult;
import org.crampguide.testsupport.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Editing a content folder while the site runs: changes, additions and deletions are
 * picked up, and a broken edit keeps the last good version.
 */
class ContentReloadTests {

	@TempDir
	Path folder;

	@Test
	void picksUpChangedAddedAndDeletedArticles() throws IOException {
		ContentRepository repository = repository(false);
		Path article = this.folder.resolve("articles/causes/night-cramps.md");
		replace(article, "title: Why do night cramps happen?", "title: Why do cramps happen at night?");
		Files.copy(article, this.folder.resolve("articles/causes/added-article.md"));
		Files.delete(this.folder.resolve("articles/treatments/quinine-facts.md"));

		LoadResult result = repository.reload();

		assertThat(result.errors()).isEmpty();
		ContentSnapshot snapshot = repository.snapshot();
		assertThat(snapshot.article("causes", "night-cramps", false)).map(Article::title)
			.contains("Why do cramps happen at night?");
		assertThat(snapshot.article("causes", "added-article", false)).isPresent();
		assertThat(snapshot.article("treatments", "quinine-facts", false)).isEmpty();
	}

	@Test
	void keepsLastGoodVersionOfABrokenEdit() throws IOException {
		ContentRepository repository = repository(false);
		Path article = this.folder.resolve("articles/causes/night-cramps.md");
		replace(article, "tags: [legs, night, sleep]", "tags: [legs");

		LoadResult result = repository.reload();

		assertThat(result.errors()).extracting(ContentError::file)
			.containsExactly("content/articles/causes/night-cramps.md");
		assertThat(repository.snapshot().article("causes", "night-cramps", false)).map(Article::title)
			.contains("Why do night cramps happen?");
		assertThat(repository.snapshot().version()).isGreaterThan(1);
	}

	@Test
	void watcherReloadsAfterAnEditAndPublishesAnEvent() throws IOException {
		List<Object> events = new ArrayList<>();
		SiteProperties properties = properties(false);
		ContentRepository repository = Fixtures.repository(this.folder, false, events::add);
		ContentWatcher watcher = new ContentWatcher(repository, properties);
		watcher.start();
		try {
			replace(this.folder.resolve("articles/causes/night-cramps.md"), "title: Why do night cramps happen?",
					"title: Night cramps, edited while running");
			await().atMost(Duration.ofSeconds(10))
				.untilAsserted(() -> assertThat(
						repository.snapshot().article("causes", "night-cramps", false).map(Article::title))
					.contains("Night cramps, edited while running"));
			assertThat(events).hasAtLeastOneElementOfType(ContentReloadedEvent.class);
		}
		finally {
			watcher.stop();
		}
	}

	@Test
	void readersAlwaysSeeAWholeSnapshotWhileReloading() throws Exception {
		ContentRepository repository = repository(false);
		Thread reloader = new Thread(() -> {
			for (int i = 0; i < 20; i++) {
				repository.reload();
			}
		});
		reloader.start();
		while (reloader.isAlive()) {
			ContentSnapshot snapshot = repository.snapshot();
			assertThat(snapshot.publishedArticles()).hasSize(5);
			assertThat(snapshot.site()).isNotNull();
		}
		reloader.join();
	}

	private ContentRepository repository(boolean strict) {
		properties(strict);
		return Fixtures.repository(this.folder, strict, ContentLoaderTests.noEvents());
	}

	private SiteProperties properties(boolean strict) {
		Fixtures.copy(Fixtures.CONTENT, this.folder);
		return Fixtures.settings(this.folder, strict);
	}

	private static void replace(Path file, String from, String to) throws IOException {
		String text = Files.readString(file);
		assertThat(text).contains(from);
		Files.writeString(file, text.replace(from, to));
	}

}
