package org.crampguide.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.crampguide.content.load.ContentFiles;
import org.crampguide.testsupport.Fixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's full example is a real article of the library, word for word, so a writer
 * who copies it starts from a file that loads and passes every check.
 */
class ReadmeExampleTests {

	private static final Pattern EXAMPLE = Pattern
		.compile("A full example, `content/([^`]+\\.md)`[^\\n]*:\\n\\n```markdown\\n(.*?)```\\n", Pattern.DOTALL);

	@Test
	void showsARealArticleThatLoadsWithoutErrors() throws IOException {
		Matcher example = EXAMPLE.matcher(Files.readString(Path.of("README.md")));
		assertThat(example.find()).as("README.md has a 'A full example, `content/...md`' block").isTrue();
		String file = example.group(1);
		assertThat(example.group(2)).as("the README's example is the file " + file + " as it is")
			.isEqualTo(Files.readString(Fixtures.SITE_CONTENT.resolve(file)));
		LoadResult library = Fixtures.loader().load(ContentFiles.fromDirectory(Fixtures.SITE_CONTENT), null, 1);
		assertThat(library.errors()).extracting(ContentError::file).doesNotContain("content/" + file);
		assertThat(library.snapshot().allArticles().values()).extracting(Article::file).contains("content/" + file);
	}

}
