package org.crampguide.content.load;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.crampguide.content.ContentSnapshot;
import org.crampguide.testsupport.Fixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reload renders only the articles whose file, or whose reading context, changed; the
 * rest are the same objects as before.
 */
class ArticleFilesTests {

	private static final String NIGHT = "/causes/night-cramps";

	private static final String QUININE = "/treatments/quinine-facts";

	private final ContentLoader loader = Fixtures.loader();

	@Test
	void rendersOnlyChangedArticlesAgain() {
		Map<String, byte[]> files = new LinkedHashMap<>(ContentFiles.fromDirectory(Fixtures.CONTENT));
		ContentSnapshot first = this.loader.load(files, null, 1).snapshot();
		ContentSnapshot same = this.loader.load(files, first, 2).snapshot();
		assertThat(same.allArticles().get(NIGHT)).isSameAs(first.allArticles().get(NIGHT));

		String path = "articles/causes/night-cramps.md";
		files.put(path, (new String(files.get(path), StandardCharsets.UTF_8) + "\nOne more line.\n")
			.getBytes(StandardCharsets.UTF_8));
		ContentSnapshot edited = this.loader.load(files, same, 3).snapshot();
		assertThat(edited.allArticles().get(NIGHT)).isNotSameAs(same.allArticles().get(NIGHT));
		assertThat(edited.allArticles().get(NIGHT).body().text()).contains("One more line.");
		assertThat(edited.allArticles().get(QUININE)).isSameAs(same.allArticles().get(QUININE));

		files.put("site.yml",
				(new String(files.get("site.yml"), StandardCharsets.UTF_8) + "\n").getBytes(StandardCharsets.UTF_8));
		ContentSnapshot newSite = this.loader.load(files, edited, 4).snapshot();
		assertThat(newSite.allArticles().get(QUININE)).isNotSameAs(edited.allArticles().get(QUININE));
	}

	@Test
	void keepsReportingTheErrorsOfAnUnchangedBrokenFile() {
		Map<String, byte[]> files = new LinkedHashMap<>(ContentFiles.fromDirectory(Fixtures.CONTENT));
		files.put("articles/causes/broken.md", "---\ntitle: x\n---\nBody\n".getBytes(StandardCharsets.UTF_8));
		int first = this.loader.load(files, null, 1).errors().size();
		assertThat(first).isPositive();
		assertThat(this.loader.load(files, null, 2).errors()).hasSize(first);
	}

}
