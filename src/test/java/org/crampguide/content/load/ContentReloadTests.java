package org.crampguide.content.load;

import org.crampguide.content.Article;
import org.crampguide.content.ContentError;
import org.crampguide.site.SiteProperties;
import org.crampguide.content.ContentReloadedEvent;
import org.crampguide.content.ContentRepository;
import org.crampguide.content.ContentSnapshot;
import org.crampguide.content.LoadResult;
import org.crampguide.testsupport.Fixtures;
import org.crampguide.testsupport.CapturedContentLog;
import org.junit.jupiter.api.extension.ExtendWith;
import java.io.IOException;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Editing a content folder while the site runs: changes, additions and deletions are
 * picked up, a broken edit keeps the last good version, and readers never see half of an
 * edit.
 */
@ExtendWith(CapturedContentLog.class)
class ContentReloadTests {

	private static final int GENERATIONS = 20;

	private static final Pattern GENERATION = Pattern.compile("Edit generation (\\d+)\\.");

	@TempDir
	Path folder;

	@Test
	void picksUpChangedAddedAndDeletedArticles() throws IOException {
		ContentRepository repository = repository(false);
		Path article = this.folder.resolve("articles/causes/night-cramps.md");
		replace(article, "title: Why do night cramps happen?", "title: Why do cramps happen at night?");
		Path added = Files.copy(article, this.folder.resolve("articles/causes/added-article.md"));
		// Every article needs its own title and summary.
		replace(added, "title: Why do cramps happen at night?", "title: An added article about cramps");
		replace(added, "This fixture article explains", "This added fixture article explains");
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
		assertThat(CapturedContentLog.lines()).anyMatch((line) -> line.startsWith(
				"ERROR Content error, last good version kept: content/articles/causes/night-cramps.md:5: front matter"));
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
	void readersAlwaysSeeEveryFileOfAnEditFromTheSameReload() throws Exception {
		Fixtures.copy(Fixtures.CONTENT, this.folder);
		Path first = this.folder.resolve("articles/causes/night-cramps.md");
		Path second = this.folder.resolve("articles/treatments/stop-a-cramp.md");
		String firstText = Files.readString(first);
		String secondText = Files.readString(second);
		writeGeneration(first, firstText, 0);
		writeGeneration(second, secondText, 0);
		ContentRepository repository = Fixtures.repository(this.folder, false, ContentLoaderTests.noEvents());
		AtomicReference<Throwable> editorFailure = new AtomicReference<>();
		Thread editor = new Thread(() -> {
			try {
				for (int generation = 1; generation <= GENERATIONS; generation++) {
					// Both files change before each reload, so a snapshot that mixes
					// generations can only come from a reload that is not atomic.
					writeGeneration(first, firstText, generation);
					writeGeneration(second, secondText, generation);
					repository.reload();
				}
			}
			catch (Throwable ex) {
				editorFailure.set(ex);
			}
		});
		Set<Integer> seen = new TreeSet<>();
		editor.start();
		try {
			while (editor.isAlive()) {
				ContentSnapshot snapshot = repository.snapshot();
				int generation = generation(snapshot, "causes", "night-cramps");
				assertThat(generation(snapshot, "treatments", "stop-a-cramp"))
					.as("stop-a-cramp in the snapshot with night-cramps at generation %d", generation)
					.isEqualTo(generation);
				seen.add(generation);
			}
		}
		finally {
			editor.join();
		}
		assertThat(editorFailure.get()).isNull();
		assertThat(generation(repository.snapshot(), "causes", "night-cramps")).isEqualTo(GENERATIONS);
		assertThat(seen).as("generations a reader saw").hasSizeGreaterThanOrEqualTo(5);
	}

	private static void writeGeneration(Path file, String original, int generation) throws IOException {
		Files.writeString(file, original + "\nEdit generation " + generation + ".\n");
	}

	private static int generation(ContentSnapshot snapshot, String section, String slug) {
		String text = snapshot.article(section, slug, false).orElseThrow().body().text();
		Matcher matcher = GENERATION.matcher(text);
		assertThat(matcher.find()).as("%s/%s has a generation", section, slug).isTrue();
		return Integer.parseInt(matcher.group(1));
	}

	@Test
	void letsGoOfTheSnapshotsItReplaced() throws IOException, InterruptedException {
		ContentRepository repository = repository(false);
		WeakReference<ContentSnapshot> first = new WeakReference<>(repository.snapshot());
		Path article = this.folder.resolve("articles/causes/night-cramps.md");
		replace(article, "title: Why do night cramps happen?", "title: Why do cramps happen at night?");
		repository.reload();
		WeakReference<ContentSnapshot> second = new WeakReference<>(repository.snapshot());
		replace(article, "title: Why do cramps happen at night?", "title: Why do cramps come at night?");
		repository.reload();
		for (int i = 0; i < 50 && (first.get() != null || second.get() != null); i++) {
			System.gc();
			Thread.sleep(20);
		}
		// With 10,000 articles a kept snapshot is a hundred megabytes: the second reload
		// of a 512 MB heap once ran out of room because the first snapshot stayed.
		assertThat(first.get()).as("the first snapshot").isNull();
		assertThat(second.get()).as("the second snapshot").isNull();
		assertThat(repository.awaitFirstLoad().snapshot()).isSameAs(repository.snapshot());
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
