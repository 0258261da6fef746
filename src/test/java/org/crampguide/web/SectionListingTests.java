package org.crampguide.web;

import java.util.List;

import org.crampguide.content.Article;
import org.crampguide.content.ArticleOrder;
import org.crampguide.content.ContentSnapshot;
import org.crampguide.content.Section;
import org.crampguide.testsupport.Fixtures;
import org.crampguide.testsupport.LargeSection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A section of 50 articles (49 generated and the fixture's own) split into pages of 24,
 * built from a snapshot alone, without a request.
 */
class SectionListingTests {

	private static ContentSnapshot snapshot;

	@BeforeAll
	static void loadALargeSection() {
		// Strict: any content error in the generated tree fails here.
		snapshot = Fixtures.repository(LargeSection.create(49), true, (event) -> {
		}).snapshot();
	}

	@Test
	void splitsTheSectionIntoPagesOf24InTitleOrder() {
		SectionListing first = SectionListing.of(snapshot, "causes", 1).orElseThrow();
		SectionListing last = SectionListing.of(snapshot, "causes", 3).orElseThrow();
		assertThat(first.pageCount()).isEqualTo(3);
		assertThat(first.articles()).hasSize(24);
		assertThat(first.articles().get(0).title()).isEqualTo("Generated article 001");
		assertThat(last.articles()).extracting(Article::title)
			.containsExactly("Generated article 049", "Why do night cramps happen?");
	}

	@Test
	void linksPagesByPathWithTheFirstAtTheSectionItself() {
		SectionListing second = SectionListing.of(snapshot, "causes", 2).orElseThrow();
		assertThat(second.path()).isEqualTo("/causes/page/2");
		assertThat(second.previousPath()).isEqualTo("/causes");
		assertThat(second.nextPath()).isEqualTo("/causes/page/3");
		SectionListing first = SectionListing.of(snapshot, "causes", 1).orElseThrow();
		assertThat(first.previousPath()).isNull();
		assertThat(first.path()).isEqualTo("/causes");
		assertThat(SectionListing.of(snapshot, "causes", 3).orElseThrow().nextPath()).isNull();
	}

	@Test
	void hasNoPageOutOfRangeOrOfAnUnknownSection() {
		assertThat(SectionListing.of(snapshot, "causes", 0)).isEmpty();
		assertThat(SectionListing.of(snapshot, "causes", 4)).isEmpty();
		assertThat(SectionListing.of(snapshot, "nowhere", 1)).isEmpty();
	}

	@Test
	void aSectionWithoutArticlesStillHasItsFirstPage() {
		SectionListing empty = SectionListing.of(snapshot, "risk-factors", 1).orElseThrow();
		assertThat(empty.articles()).isEmpty();
		assertThat(empty.pageCount()).isEqualTo(1);
		assertThat(SectionListing.of(snapshot, "risk-factors", 2)).isEmpty();
	}

	@Test
	void showsTheFirstTheLastAndTwoPagesEitherSideWithGapsBetween() {
		Section section = new Section("causes", "Causes", "Why.", 1, ArticleOrder.MANUAL);
		List<SectionListing.PageLink> links = new SectionListing(section, List.of(), 10, 400).pageLinks();
		assertThat(links).extracting((link) -> (link != null) ? link.number() : null)
			.containsExactly(1, null, 8, 9, 10, 11, 12, null, 400);
		assertThat(links).filteredOn((link) -> link != null && link.current())
			.extracting(SectionListing.PageLink::path)
			.containsExactly("/causes/page/10");
		assertThat(new SectionListing(section, List.of(), 2, 3).pageLinks()).extracting(SectionListing.PageLink::number)
			.containsExactly(1, 2, 3);
	}

	@Test
	void theHomePageListsAChosenFewOfEachSection() {
		List<SectionView> sections = HomeSections.of(snapshot);
		assertThat(sections.get(0).articles()).hasSize(1);
		assertThat(sections.get(0).total()).isEqualTo(50);
		assertThat(sections.get(0).hasMore()).isTrue();
		assertThat(sections.get(2).articles()).isEmpty();
		assertThat(sections.get(2).hasMore()).isFalse();
	}

}
