package org.crampguide.web;

import org.crampguide.content.ContentRepository;
import org.crampguide.seo.PageMetadata;
import org.crampguide.site.SiteProperties;
import org.crampguide.testsupport.FixtureContent;
import org.crampguide.testsupport.FixturePages;
import org.crampguide.testsupport.FixtureSite;
import org.crampguide.testsupport.Fixtures;
import org.crampguide.testsupport.LargeSection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Section pages 2 onward at {@code /<section>/page/<n>}, over the fixture tree with 30
 * generated articles in {@code causes} (31 in all: two pages).
 */
@WebMvcTest
@Import({ FixtureContent.class, FixturePages.class, SectionPagesTests.Large.class })
class SectionPagesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SiteViews views;

	@Autowired
	ContentRepository content;

	@Test
	void servesTheSecondPageWithItsOwnCanonicalUrlAndAPrevLink() {
		PageView view = this.views.view(this.content.snapshot(), "/causes/page/2").orElseThrow();
		assertThat(view.template()).isEqualTo("section");
		assertThat(view.model()).containsEntry("currentSection", "causes")
			.hasEntrySatisfying("listing", (listing) -> assertThat(((SectionListing) listing).articles()).hasSize(7))
			.hasEntrySatisfying("meta", (meta) -> assertThat(((PageMetadata) meta).canonicalUrl())
				.isEqualTo(FixtureSite.BASE_URL + "/causes/page/2"));
		assertThat(this.mvc.get().uri("/causes/page/2")).bodyText()
			.contains("<title>Causes (page 2 of 2) - Test Guide</title>")
			.contains("<link rel=\"prev\" href=\"/causes\">")
			.doesNotContain("rel=\"next\" href")
			.contains("<nav class=\"pagination\" aria-label=\"Pages of Causes\">")
			.contains("<a href=\"/causes/page/2\" aria-current=\"page\">");
	}

	@Test
	void theFirstPageLinksToTheNextInTheHeadAndThePagination() {
		assertThat(this.mvc.get().uri("/causes")).hasStatusOk()
			.bodyText()
			.contains("<link rel=\"next\" href=\"/causes/page/2\">")
			.contains("<a rel=\"next\" href=\"/causes/page/2\">Next<span class=\"visually-hidden\"> page</span></a>")
			.contains("Page 1 of 2");
	}

	@Test
	void redirectsPageOneToTheSectionItself() {
		assertThat(this.mvc.get().uri("/causes/page/1")).hasStatus(HttpStatus.MOVED_PERMANENTLY)
			.hasRedirectedUrl("/causes");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/causes/page/3", "/causes/page/0", "/causes/page/999999", "/causes/page/9999999999",
			"/nowhere/page/2", "/nowhere/page/1", "/causes/page/two", "/causes/page/-1", "/causes/page" })
	void answersNotFoundForPagesThatDoNotExist(String path) {
		assertThat(this.mvc.get().uri(path)).hasStatus(HttpStatus.NOT_FOUND);
	}

	/** A repository over the fixture tree with a section too large for one page. */
	@TestConfiguration(proxyBeanMethods = false)
	static class Large {

		@Bean
		@Primary
		ContentRepository largeSectionRepository() {
			SiteProperties settings = Fixtures.settings(LargeSection.create(30), true);
			return Fixtures.repository(settings, (event) -> {
			});
		}

	}

}
