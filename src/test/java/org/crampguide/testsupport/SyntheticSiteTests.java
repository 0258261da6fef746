package org.crampguide.testsupport;

import java.nio.file.Path;

import org.crampguide.content.Article;
import org.crampguide.content.ContentError;
import org.crampguide.content.LoadResult;
import org.crampguide.content.ReadingGrade;
import org.crampguide.content.load.ContentFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated site passes every load check, so scale tests and benchmarks measure a
 * site that could really be served.
 */
class SyntheticSiteTests {

	@TempDir
	Path dir;

	@Test
	void writesArticlesThatLoadStrictlyWithoutErrors() {
		LoadResult result = Fixtures.loader()
			.load(ContentFiles.fromDirectory(SyntheticSite.write(this.dir, 50)), null, 1);
		assertThat(result.errors()).extracting(ContentError::toString).isEmpty();
		assertThat(result.snapshot().publishedArticles())
			.filteredOn((article) -> article.slug().startsWith("synthetic-"))
			.hasSize(50)
			.extracting(Article::section)
			.containsOnly("causes", "symptoms", "risk-factors", "treatments", "prevention");
	}

	@Test
	void keepsGeneratedArticlesWithinTheReadingGrade() {
		LoadResult result = Fixtures.loader()
			.load(ContentFiles.fromDirectory(SyntheticSite.write(this.dir, 10)), null, 1);
		assertThat(result.snapshot().publishedArticles())
			.filteredOn((article) -> article.slug().startsWith("synthetic-"))
			.allSatisfy((article) -> assertThat(ReadingGrade.measure(article.body().text()).grade())
				.isLessThanOrEqualTo(10.0));
	}

}
