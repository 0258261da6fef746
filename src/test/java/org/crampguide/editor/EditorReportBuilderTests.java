package org.crampguide.editor;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import org.crampguide.content.LoadResult;
import org.crampguide.content.load.ContentFiles;
import org.crampguide.testsupport.Fixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@code /_editor} lists, built from one load of the fixture tree with a known error
 * added.
 */
class EditorReportBuilderTests {

	private static final LocalDate TODAY = LocalDate.of(2029, 11, 5);

	@Test
	void listsEveryErrorWithFileLineFieldHintAndWhatReadersSee() {
		Map<String, byte[]> files = ContentFiles.fromDirectory(Fixtures.CONTENT);
		String article = new String(files.get("articles/causes/night-cramps.md"), StandardCharsets.UTF_8);
		files.put("articles/causes/night-cramps.md",
				article.replace("[legs, night, sleep]", "[legs, nigth, sleep]").getBytes(StandardCharsets.UTF_8));

		EditorReport report = EditorReportBuilder.build(Fixtures.loader().load(files, null, 1), TODAY);

		assertThat(report.errors()).anySatisfy((row) -> {
			assertThat(row.error().file()).isEqualTo("content/articles/causes/night-cramps.md");
			assertThat(row.error().line()).isEqualTo(4);
			assertThat(row.error().field()).isEqualTo("tags");
			assertThat(row.error().hint()).isEqualTo("did you mean 'night'?");
			assertThat(row.outcome()).isEqualTo("left out (no good version yet)");
		});
	}

	@Test
	void measuresEveryArticleWithOverdueReviewsFirst() {
		EditorReport report = EditorReportBuilder.build(cleanLoad(), TODAY);

		assertThat(report.errors()).isEmpty();
		assertThat(report.articles()).hasSize(5);
		// Reviewed 2026-11-02 and due three years later: overdue on TODAY, and listed
		// first.
		assertThat(report.articles().get(0).path()).isEqualTo("/treatments/quinine-facts");
		assertThat(report.articles().get(0).overdue()).isTrue();
		assertThat(report.articles()).filteredOn(EditorReport.ArticleRow::overdue)
			.allSatisfy((row) -> assertThat(row.nextReview()).isBefore(TODAY));
		assertThat(report.articles()).isSortedAccordingTo((a, b) -> a.nextReview().compareTo(b.nextReview()) != 0
				? a.nextReview().compareTo(b.nextReview()) : a.path().compareTo(b.path()));
		EditorReport.ArticleRow night = row(report, "/causes/night-cramps");
		assertThat(night.words()).isPositive();
		assertThat(night.sources()).isEqualTo(2);
		assertThat(night.linksOut()).isEqualTo(1);
		assertThat(row(report, "/prevention/stretching-routine").linksIn()).isPositive();
	}

	@Test
	void listsDraftsTagsAndEveryPagePath() {
		EditorReport report = EditorReportBuilder.build(cleanLoad(), TODAY);

		assertThat(report.drafts()).extracting(EditorReport.ArticleRow::path).containsExactly("/causes/draft-idea");
		assertThat(report.articles()).extracting(EditorReport.ArticleRow::path).doesNotContain("/causes/draft-idea");
		assertThat(report.tags()).extracting(EditorReport.TagRow::tag).contains("legs", "draft-tag");
		assertThat(report.tags()).filteredOn((tag) -> tag.tag().equals("draft-tag"))
			.extracting(EditorReport.TagRow::articles)
			.containsExactly(0L);
		assertThat(report.paths()).startsWith("/", "/causes")
			.contains("/causes/night-cramps", "/about")
			.doesNotContain("/causes/draft-idea");
	}

	private static LoadResult cleanLoad() {
		return Fixtures.loader().load(ContentFiles.fromDirectory(Fixtures.CONTENT), null, 1);
	}

	private static EditorReport.ArticleRow row(EditorReport report, String path) {
		return report.articles().stream().filter((row) -> row.path().equals(path)).findFirst().orElseThrow();
	}

}
