package org.crampguide.content.load;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.crampguide.content.Article;
import org.crampguide.content.ContentError;
import org.crampguide.content.HomeContent;
import org.crampguide.content.LoadResult;
import org.crampguide.testsupport.Fixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How sections order their articles and what the home block of {@code site.yml} may say,
 * checked when content loads: each test changes the valid fixture tree and reads the
 * result or the error (file, line, field).
 */
class ListingRulesAtLoadTests {

	private static final String QUININE = "articles/treatments/quinine-facts.md";

	private final ContentLoader loader = Fixtures.loader();

	@Test
	void listsArticlesByTitleUnlessTheyHaveAnOrderNumber() {
		assertThat(treatments(load(Map.of()))).containsExactly("stop-a-cramp", "quinine-facts");
		assertThat(treatments(load(Map.of(QUININE, addOrder("2"))))).containsExactly("quinine-facts", "stop-a-cramp");
	}

	@Test
	void aSectionOrderedByTitleRefusesOrderNumbers() {
		UnaryOperator<String> byTitle = (site) -> site.replace("treatments: {title: Treatments, order: 4,",
				"treatments: {title: Treatments, order: 4, articleOrder: title,");
		LoadResult result = load(Map.of("site.yml", byTitle, QUININE, addOrder("1")));
		// The home page's question about quinine then leads nowhere too: the article is
		// left out.
		assertThat(messages(result)).contains("content/" + QUININE + ":13: order: has no effect: section "
				+ "'treatments' lists articles by title (articleOrder: title in content/site.yml); remove it");
		assertThat(treatments(load(Map.of("site.yml", byTitle)))).containsExactly("stop-a-cramp", "quinine-facts");
	}

	@Test
	void refusesAnOrderThatIsNotAWholeNumberAndAnUnknownSectionOrder() {
		assertThat(messages(load(Map.of(QUININE, addOrder("first"))))).contains("content/" + QUININE
				+ ":13: order: must be a whole number from 0 to 9999 (lower numbers are listed first)");
		// A broken site.yml is never half-read: with no earlier good version the site
		// cannot start, and says why.
		assertThatThrownBy(
				() -> load(Map.of("site.yml", (site) -> site.replace("order: 4,", "order: 4, articleOrder: date,"))))
			.hasMessageContaining("content/site.yml:8: sections.treatments.articleOrder: must be manual (by each "
					+ "article's order, then title) or title");
	}

	@Test
	void reservesPageAsAnArticleSlugForPageNumbers() {
		Map<String, byte[]> files = ContentFiles.fromDirectory(Fixtures.CONTENT);
		files.put("articles/treatments/page.md", files.remove(QUININE));
		assertThat(messages(this.loader.load(files, null, 1)))
			.anyMatch((error) -> error.startsWith("content/articles/treatments/page.md:")
					&& error.contains(": slug: 'page' is taken by the section's page numbers"));
	}

	@Test
	void readsTheHomeBlockWithTheCareLevelHeadingsOfTheCallouts() {
		HomeContent home = load(Map.of()).snapshot().site().home();
		assertThat(home.stop().steps()).hasSize(3);
		assertThat(home.help().levels()).extracting(HomeContent.CareLevel::kind)
			.containsExactly("emergency", "urgent", "see-a-doctor");
		assertThat(home.help().levels().get(1).heading()).isEqualTo("Get medical advice today if:");
		assertThat(home.articlesPerSection()).isEqualTo(1);
		assertThat(home.questions().items()).hasSize(2);
	}

	@Test
	void refusesAHomeLinkThatLeadsNowhere() {
		LoadResult result = load(
				Map.of("site.yml", (site) -> site.replace("link: /treatments/stop-a-cramp", "link: /treatments/gone")));
		assertThat(messages(result))
			.containsExactly("content/site.yml:49: home: '/treatments/gone' does not lead to any page");
	}

	@Test
	void refusesOneStepOrMoreThanThreeAndAMissingCareLevel() {
		assertThat(messages(load(Map.of("site.yml",
				(site) -> site.replace("      - Stop what you are doing.\n", "")
					.replace("      - Slowly stretch the cramped muscle.\n", "")))))
			.containsExactly(
					"content/site.yml:45: home.stop.steps: needs 2 or 3 steps (the ones that help most), found 1");
		assertThat(messages(load(Map.of("site.yml",
				(site) -> site.replace("    urgent: a cramp that does not ease when you stretch\n", "")))))
			.containsExactly("content/site.yml:52: home.help.urgent: is required");
	}

	@Test
	void homeCareLevelsUseRegisteredSignsAtTheirOwnLevel() {
		Map<String, byte[]> files = ContentFiles.fromDirectory(Fixtures.SITE_CONTENT);
		edit(files, "site.yml",
				(site) -> site.replace("urgent: \"{{sign:cramp-wont-ease}}\"", "urgent: \"{{sign:frequent-cramps}}\""));
		assertThat(messages(this.loader.load(files, null, 1))).containsExactly("content/site.yml:1: callout: "
				+ "home.help.urgent: sign 'frequent-cramps' is registered as see-a-doctor, not urgent");
		HomeContent real = this.loader.load(ContentFiles.fromDirectory(Fixtures.SITE_CONTENT), null, 1)
			.snapshot()
			.site()
			.home();
		assertThat(real.help().levels().get(1).text())
			.isEqualTo("a cramp that is severe, does not ease when you stretch, and keeps getting worse");
	}

	private static UnaryOperator<String> addOrder(String value) {
		return (text) -> text.replaceFirst("reviewed: ([0-9-]+)\n", "reviewed: $1\norder: " + value + "\n");
	}

	private static List<String> treatments(LoadResult result) {
		assertThat(result.errors()).isEmpty();
		return result.snapshot().publishedIn("treatments").stream().map(Article::slug).toList();
	}

	private static List<String> messages(LoadResult result) {
		return result.errors().stream().map(ContentError::toString).toList();
	}

	private LoadResult load(Map<String, UnaryOperator<String>> changes) {
		Map<String, byte[]> files = ContentFiles.fromDirectory(Fixtures.CONTENT);
		changes.forEach((path, change) -> edit(files, path, change));
		return this.loader.load(files, null, 1);
	}

	private static void edit(Map<String, byte[]> files, String path, UnaryOperator<String> change) {
		String text = new String(files.get(path), StandardCharsets.UTF_8);
		String changed = change.apply(text);
		assertThat(changed).as("the change to " + path + " applies").isNotEqualTo(text);
		files.put(path, changed.getBytes(StandardCharsets.UTF_8));
	}

}
