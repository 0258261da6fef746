package org.crampguide.web;

import java.util.List;

import org.crampguide.content.Article;
import org.crampguide.content.Section;
import org.crampguide.related.RelatedEntry;
import org.crampguide.seo.PageMetadata;
import org.crampguide.testsupport.FixtureContent;
import org.crampguide.testsupport.FixturePages;
import org.crampguide.testsupport.FixtureSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The article page over the fixture content: which article, section, metadata and related
 * sidebar it hands the template, and which paths it refuses.
 */
@WebMvcTest
@Import({ FixtureContent.class, FixturePages.class })
class ArticlePagesTests extends PageViewsSlice {

	@Test
	void rendersTheArticleWithItsSectionMetadataAndRelatedArticles() {
		assertThat(view("/causes/night-cramps", "article"))
			.hasEntrySatisfying("article",
					(article) -> assertThat(((Article) article).title()).isEqualTo("Why do night cramps happen?"))
			.hasEntrySatisfying("section", (section) -> assertThat(((Section) section).title()).isEqualTo("Causes"))
			.containsEntry("currentSection", "causes")
			.hasEntrySatisfying("meta", (meta) -> {
				PageMetadata metadata = (PageMetadata) meta;
				assertThat(metadata.canonicalUrl()).isEqualTo(FixtureSite.BASE_URL + "/causes/night-cramps");
				assertThat(metadata.type()).isEqualTo("article");
			})
			.hasEntrySatisfying("related",
					(related) -> assertThat(paths(related)).hasSize(4)
						.startsWith("/prevention/stretching-routine")
						.doesNotContain("/causes/night-cramps", "/causes/draft-idea"));
	}

	@Test
	void rendersTheHeadingOnceAndTheBodyOfTheArticle() {
		assertThat(this.mvc.get().uri("/causes/night-cramps")).bodyText()
			.containsOnlyOnce("<h1")
			.contains("<a href=\"#what-happens-in-the-muscle\">What happens in the muscle</a>")
			.contains("<h2 id=\"related-title\">Related articles</h2>");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/causes/draft-idea", "/symptoms/night-cramps", "/causes/unknown-slug",
			"/unknown-section/night-cramps" })
	void answersNotFoundForDraftsWrongSectionsAndUnknownArticles(String path) {
		assertThat(this.mvc.get().uri(path)).hasStatus(HttpStatus.NOT_FOUND);
	}

	@SuppressWarnings("unchecked")
	private static List<String> paths(Object related) {
		return ((List<RelatedEntry>) related).stream().map(RelatedEntry::path).toList();
	}

}
