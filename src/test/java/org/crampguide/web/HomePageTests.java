package org.crampguide.web;

import java.util.List;

import org.crampguide.content.Article;
import org.crampguide.seo.PageMetadata;
import org.crampguide.testsupport.FixtureContent;
import org.crampguide.testsupport.FixturePages;
import org.crampguide.testsupport.FixtureSite;
import org.junit.jupiter.api.Test;

import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The home page over the fixture content: the first steps and care levels, every section
 * with its first articles, the emergency advice and common questions from
 * {@code site.yml}.
 */
@WebMvcTest
@Import({ FixtureContent.class, FixturePages.class })
class HomePageTests extends PageViewsSlice {

	@Test
	void listsEverySectionInOrderWithItsPublishedArticles() {
		assertThat(view("/", "home")).containsEntry("currentSection", null)
			.hasEntrySatisfying("sections", (sections) -> {
				List<SectionView> views = sectionViews(sections);
				assertThat(views).extracting((view) -> view.section().id())
					.containsExactly("causes", "symptoms", "risk-factors", "treatments", "prevention");
				assertThat(views.get(0).articles()).extracting(Article::slug).containsExactly("night-cramps");
				// articlesPerSection: 1 in the fixture's site.yml: the first by title,
				// and a link to all.
				assertThat(views.get(3).articles()).extracting(Article::slug).containsExactly("stop-a-cramp");
				assertThat(views.get(3).total()).isEqualTo(2);
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

	@Test
	void opensWithTheStepsAndTheCareLevelsOfSiteYmlLinkedToTheirArticles() {
		assertThat(this.mvc.get().uri("/")).bodyText()
			.containsSubsequence("<h2 id=\"stop-title\">Stop a cramp now</h2>", "<li>Stop what you are doing.</li>",
					"<li>Hold the stretch until the muscle lets go.</li>", "href=\"/treatments/stop-a-cramp\"",
					"<h2 id=\"help-title\">When to get help</h2>",
					"Emergency advice: </span><strong>Call 911 or go to the emergency room if:</strong> your leg turns",
					"Urgent advice: </span><strong>Get medical advice today if:</strong> a cramp that does not ease",
					"Non-urgent advice: </span><strong>See a doctor if:</strong> cramps that happen often",
					"href=\"/symptoms/what-it-feels-like\"", "All 2 articles in Treatments",
					"<h2 id=\"questions-title\">Common questions</h2>",
					"<a href=\"/causes/night-cramps\">Why do I get cramps at night?</a>");
	}

	@SuppressWarnings("unchecked")
	private static List<SectionView> sectionViews(Object sections) {
		return (List<SectionView>) sections;
	}

}
