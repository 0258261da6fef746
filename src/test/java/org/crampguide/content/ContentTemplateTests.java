package org.crampguide.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.crampguide.testsupport.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The template a writer starts from, {@code content/templates/article.md}: the loader
 * never reads it as content, and a copy of it, renamed into any section, passes every
 * check in strict mode (as a draft until the writer removes {@code draft: true}).
 */
class ContentTemplateTests {

	private static final Path TEMPLATE = Fixtures.SITE_CONTENT.resolve("templates/article.md");

	@TempDir
	Path folder;

	@Test
	void passesEveryCheckOnceCopiedIntoASectionWithANewName() throws IOException {
		Path content = Fixtures.copy(Fixtures.SITE_CONTENT, this.folder.resolve("content"));
		Files.copy(TEMPLATE, content.resolve("articles/causes/my-new-article.md"));

		ContentRepository strict = Fixtures.repository(content, true, (event) -> {
		});

		assertThat(strict.errors()).isEmpty();
		Article copy = strict.snapshot().article("causes", "my-new-article", true).orElseThrow();
		assertThat(copy.draft()).isTrue();
		assertThat(strict.snapshot().publishedArticles()).doesNotContain(copy);
	}

	@Test
	void isNeverReadAsContentEvenWhenBroken() throws IOException {
		Path content = Fixtures.copy(Fixtures.SITE_CONTENT, this.folder.resolve("content"));
		Files.writeString(content.resolve("templates/article.md"), "not: [valid\nfront matter");

		ContentRepository strict = Fixtures.repository(content, true, (event) -> {
		});

		assertThat(strict.errors()).isEmpty();
		assertThat(strict.snapshot().allArticles().values())
			.noneMatch((article) -> article.file().contains("templates"));
	}

}
