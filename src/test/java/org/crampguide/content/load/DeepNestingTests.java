package org.crampguide.content.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.crampguide.content.Article;
import org.crampguide.content.ContentError;
import org.crampguide.content.ContentRepository;
import org.crampguide.content.ContentSnapshot;
import org.crampguide.content.ContentSource;
import org.crampguide.content.LoadResult;
import org.crampguide.testsupport.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Articles nested 10,000 levels deep, which overflowed Flexmark's stack: at startup the
 * site still starts without them, and saved while it runs they leave the watcher
 * watching.
 */
class DeepNestingTests {

	private static final int DEPTH = 10_000;

	@TempDir
	Path folder;

	private String frontMatter;

	@BeforeEach
	void copyTheFixtureContent() throws IOException {
		Fixtures.copy(Fixtures.CONTENT, this.folder);
		String article = Files.readString(this.folder.resolve("articles/causes/night-cramps.md"));
		this.frontMatter = article.substring(0, article.indexOf("\n---\n") + 5);
	}

	@Test
	void startsWithoutArticlesNestedTenThousandLevelsAndNamesThem() throws IOException {
		write("deep-quotes", ">".repeat(DEPTH) + " A quote in a quote.\n");
		write("deep-list", deepList());

		ContentRepository repository = Fixtures.repository(this.folder, false, ContentLoaderTests.noEvents());

		assertThat(repository.snapshot().article("causes", "deep-quotes", false)).isEmpty();
		assertThat(repository.snapshot().article("causes", "deep-list", false)).isEmpty();
		assertThat(repository.snapshot().article("causes", "night-cramps", false)).isPresent();
		assertThat(repository.errors()).extracting(ContentError::toString)
			.contains("content/articles/causes/deep-quotes.md:23: nesting: block quotes and lists are nested " + DEPTH
					+ " levels deep; the limit is 32")
			.contains("content/articles/causes/deep-list.md:23: nesting: block quotes and lists are nested " + DEPTH
					+ " levels deep; the limit is 32");
	}

	@Test
	void watcherPublishesALaterValidArticleAfterADeeplyNestedOneIsSaved() throws IOException {
		ContentRepository repository = Fixtures.repository(this.folder, false, ContentLoaderTests.noEvents());
		ContentWatcher watcher = new ContentWatcher(repository, Fixtures.settings(this.folder, false));
		watcher.start();
		try {
			write("deep-list", deepList());
			await().atMost(Duration.ofSeconds(10))
				.until(() -> repository.errors().stream().anyMatch((error) -> error.file().endsWith("deep-list.md")));
			write("saved-later", "A valid article saved after the deep one.\n");
			await().atMost(Duration.ofSeconds(10))
				.until(() -> repository.snapshot().article("causes", "saved-later", false).isPresent());
		}
		finally {
			watcher.stop();
		}
	}

	@Test
	void watcherKeepsWatchingAfterAReloadThrowsAnError() throws IOException {
		ContentSource loader = new ContentLoader(new org.crampguide.markdown.MarkdownRenderer(),
				Fixtures.settings(this.folder, false));
		AtomicInteger loads = new AtomicInteger();
		ContentSource failingOnce = new ContentSource() {

			@Override
			public LoadResult load(ContentSnapshot previous, long version) {
				if (loads.incrementAndGet() == 2) {
					throw new StackOverflowError("thrown by the test");
				}
				return loader.load(previous, version);
			}

			@Override
			public String describe() {
				return "a source that fails its first reload";
			}

		};
		ContentRepository repository = new ContentRepository(failingOnce, Fixtures.settings(this.folder, false),
				ContentLoaderTests.noEvents());
		ContentWatcher watcher = new ContentWatcher(repository, Fixtures.settings(this.folder, false));
		watcher.start();
		try {
			write("first-edit", "Saved while the reload fails.\n");
			await().atMost(Duration.ofSeconds(10)).until(() -> loads.get() >= 2);
			write("second-edit", "Saved after the failed reload.\n");
			await().atMost(Duration.ofSeconds(10))
				.until(() -> repository.snapshot().article("causes", "second-edit", false).isPresent());
			assertThat(repository.snapshot().publishedArticles()).extracting(Article::slug).contains("first-edit");
		}
		finally {
			watcher.stop();
		}
	}

	private void write(String slug, String body) throws IOException {
		Files.writeString(this.folder.resolve("articles/causes/" + slug + ".md"), this.frontMatter + body);
	}

	/** A list in a list, 10,000 times, on one line (indented, it would be 100 MB). */
	private static String deepList() {
		return "- ".repeat(DEPTH) + "The innermost item.\n";
	}

}
