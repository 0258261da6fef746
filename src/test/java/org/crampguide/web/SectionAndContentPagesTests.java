package org.crampguide.web;

import org.crampguide.content.Article;
import org.crampguide.content.Page;
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
 * One-segment paths over the fixture content: a section lists its published articles, a
 * content page shows its body, anything else is not found.
 */
@WebMvcTest
@Import({ FixtureContent.class, FixturePages.class })
class SectionAndContentPagesTests extends PageViewsSlice {

	@Test
	void listsTheSectionsPublishedArticlesAndMarksItCurrent() {
		assertThat(view("/treatments", "section")).containsEntry("currentSection", "treatments")
			.hasEntrySatisfying("listing", (view) -> {
				SectionListing section = (SectionListing) view;
				assertThat(section.section().title()).isEqualTo("Treatments");
				assertThat(section.articles()).extracting(Article::title)
					.containsExactly("How to stop a cramp now", "Quinine and its risks");
				assertThat(section.pageCount()).isEqualTo(1);
			})
			.hasEntrySatisfying("meta", (meta) -> assertThat(((PageMetadata) meta).canonicalUrl())
				.isEqualTo(FixtureSite.BASE_URL + "/treatments"));
		assertThat(this.mvc.get().uri("/treatments")).bodyText()
			.contains("<h1>Treatments</h1>")
			.contains("aria-current=\"page\"")
			.doesNotContain("rel=\"next\"")
			.doesNotContain("class=\"pagination\"");
	}

	@Test
	void neverListsADraftInItsSection() {
		assertThat(this.mvc.get().uri("/causes")).hasStatusOk().bodyText().doesNotContain("draft-idea");
	}

	@Test
	void showsAContentPageWithoutACurrentSection() {
		assertThat(view("/about", "page")).containsEntry("currentSection", null)
			.hasEntrySatisfying("page", (page) -> assertThat(((Page) page).title()).isEqualTo("About this guide"))
			.hasEntrySatisfying("footerPages",
					(pages) -> assertThat((java.util.List<?>) pages).extracting((page) -> ((Page) page).slug())
						.containsExactly("about"));
		assertThat(this.mvc.get().uri("/about")).bodyText().contains("<h1>About this guide</h1>");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/unknown-section", "/editorial-policy", "/draft-idea" })
	void answersNotFoundForNamesThatAreNeitherASectionNorAPage(String path) {
		assertThat(this.mvc.get().uri(path)).hasStatus(HttpStatus.NOT_FOUND);
	}

}
