package org.crampguide.content.load;

import java.util.TreeSet;
import org.crampguide.content.Article;
import org.crampguide.content.ContentError;
import org.crampguide.content.ContentException;
import org.crampguide.content.ContentRepository;
import org.crampguide.content.ContentSnapshot;
import org.crampguide.content.ImageAsset;
import org.crampguide.content.LoadResult;
import org.crampguide.content.Page;
import org.crampguide.content.Section;
import org.crampguide.content.Slugs;
import org.crampguide.testsupport.Fixtures;
import org.crampguide.testsupport.CapturedContentLog;
import org.junit.jupiter.api.extension.ExtendWith;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.context.ApplicationEventPublisher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Loading whole content trees: valid ones, drafts, broken files, and strict mode.
 */
@ExtendWith(CapturedContentLog.class)
class ContentLoaderTests {

	private final ContentLoader loader = Fixtures.loader();

	@Test
	void loadsEveryValidArticlePageAndImage() {
		LoadResult result = this.loader.load(ContentFiles.fromDirectory(Fixtures.CONTENT), null, 1);
		assertThat(result.errors()).isEmpty();
		ContentSnapshot snapshot = result.snapshot();
		assertThat(snapshot.site().sections()).extracting(Section::id)
			.containsExactly("causes", "symptoms", "risk-factors", "treatments", "prevention");
		assertThat(snapshot.publishedArticles()).extracting(Article::path)
			.containsExactly("/causes/night-cramps", "/symptoms/what-it-feels-like", "/treatments/stop-a-cramp",
					"/treatments/quinine-facts", "/prevention/stretching-routine");
		assertThat(snapshot.page("about")).map(Page::title).contains("About this guide");
		assertThat(snapshot.image("calf.svg")).map(ImageAsset::width).contains(800);
		assertThat(snapshot.aliasTarget("/causes/stop-a-cramp")).contains("/treatments/stop-a-cramp");
	}

	@Test
	void keepsDraftsOutOfListingsButFindableWhenAsked() {
		ContentSnapshot snapshot = this.loader.load(ContentFiles.fromDirectory(Fixtures.CONTENT), null, 1).snapshot();
		assertThat(snapshot.publishedArticles()).extracting(Article::slug).doesNotContain("draft-idea");
		assertThat(snapshot.publishedIn("causes")).extracting(Article::slug).containsExactly("night-cramps");
		assertThat(snapshot.article("causes", "draft-idea", false)).isEmpty();
		assertThat(snapshot.article("causes", "draft-idea", true)).isPresent();
	}

	@Test
	void leavesBrokenFilesOutAndServesTheRest() {
		LoadResult result = this.loader.load(ContentFiles.fromDirectory(Fixtures.BROKEN_CONTENT), null, 1);
		assertThat(result.snapshot().publishedArticles()).extracting(Article::slug).containsExactly("good");
		assertThat(result.errors()).extracting(ContentError::toString)
			.contains("content/articles/causes/typo-field.md:12: reviewd: is not a known field " + "(allowed: "
					+ String.join(", ", new TreeSet<>(ArticleReader.FIELDS)) + "); did you mean 'reviewed'?")
			.contains("content/articles/causes/typo-field.md:2: reviewed: is required")
			.anyMatch((error) -> error
				.startsWith("content/articles/symptoms/bad-yaml.md:3: front matter: is not valid YAML"));
	}

	@Test
	void reportsLinksThatLeadNowhereAndUnusedImages() {
		var files = ContentFiles.fromDirectory(Fixtures.CONTENT);
		files.put("images/unused.svg", files.get("images/calf.svg"));
		String about = new String(files.get("pages/about.md")).replace("(/causes)", "(/causes/missing)");
		files.put("pages/about.md", about.getBytes());
		LoadResult result = this.loader.load(files, null, 1);
		assertThat(result.errors()).extracting(ContentError::toString)
			.containsExactlyInAnyOrder("content/pages/about.md:6: link: '/causes/missing' does not lead to any page",
					"content/images/unused.svg:1: image: is not used by any article or page");
		assertThat(result.snapshot().page("about")).isPresent();
	}

	@Test
	void strictModeTurnsAnyContentErrorIntoAFailure() {
		assertThatExceptionOfType(ContentException.class)
			.isThrownBy(() -> Fixtures.repository(Fixtures.BROKEN_CONTENT, true, noEvents()))
			.withMessageContaining("content/articles/causes/typo-field.md:12: reviewd: is not a known field");
	}

	@Test
	void lenientModeLogsErrorsAndStartsWithTheValidContent() {
		ContentRepository repository = Fixtures.repository(Fixtures.BROKEN_CONTENT, false, noEvents());
		assertThat(repository.snapshot().publishedArticles()).hasSize(1);
		assertThat(repository.errors()).isNotEmpty();
		assertThat(CapturedContentLog.lines()).contains("ERROR Content error, left out (no good version yet): "
				+ "content/articles/causes/typo-field.md:2: reviewed: is required");
	}

	static ApplicationEventPublisher noEvents() {
		return (event) -> {
		};
	}

}
