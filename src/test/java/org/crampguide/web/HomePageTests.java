package org.crampguide.web;

import java.util.Map;
import java.util.List;

import org.crampguide.content.Article;
import org.crampguide.seo.PageMetadata;
import org.crampguide.content.ContentRepository;
import org.crampguide.testsupport.FixtureContent;
import org.crampguide.testsupport.FixturePages;
import org.crampguide.testsupport.FixtureSite;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The home page over the fixture content: every section with its published articles, and
 * the emergency advice from {@code site.yml}.
 */
@WebMvcTest
@Import({ FixtureContent.class, FixturePages.class })
class HomePageTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SiteViews views;

	@Autowired
	ContentRepository content;

	private Map<String, Object> view(String path, String template) {
		PageView view = this.views.view(this.content.snapshot(), path).orElseThrow();
		assertThat(view.template()).isEqualTo(template);
		return view.model();
	}

	@Test
	void listsEverySectionInOrderWithItsPublishedArticles() {
		assertThat(view("/", "home")).containsEntry("currentSection", null)
			.hasEntrySatisfying("sections", (sections) -> {
				List<SectionView> views = sectionViews(sections);
				assertThat(views).extracting((view) -> view.section().id())
					.containsExactly("causes", "symptoms", "risk-factors", "treatments", "prevention");
				assertThat(views.get(0).articles()).extracting(Article::slug).containsExactly("night-cramps");
				assertThat(views.get(3).articles()).extracting(Article::slug)
					.containsExactlyInAnyOrder("stop-a-cramp", "quinine-facts");
			})
			.hasEntrySatisfying("meta",
					(meta) -> assertThat(((PageMetadata) meta).canonicalUrl()).isEqualTo(FixtureSite.BASE_URL + "/"));
	}

	@Test
	void showsSectionLinksArticleLinksAndTheEmergencyAdvice() {
		assertThat(this.mvc.get().uri("/")).bodyText()
			.contains("<a href=\"/causes\">Causes</a>")
			.contains("href=\"/causes/night-cramps\"")
			.contains("Call 911 or go to the emergency room if:")
			.doesNotContain("draft-idea");
	}

	@SuppressWarnings("unchecked")
	private static List<SectionView> sectionViews(Object sections) {
		return (List<SectionView>) sections;
	}

}
