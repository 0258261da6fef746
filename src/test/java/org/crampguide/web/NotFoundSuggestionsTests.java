package org.crampguide.web;

import org.crampguide.content.Article;
import org.crampguide.content.ContentSnapshot;
import org.crampguide.testsupport.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the 404 page suggests for a path that leads nowhere, over the fixture content.
 */
class NotFoundSuggestionsTests {

	private static final ContentSnapshot SNAPSHOT = Fixtures.repository(Fixtures.CONTENT, true, (event) -> {
	}).snapshot();

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(textBlock = """
			/causes/night-cramp,                 /causes/night-cramps
			/causes/nigth-cramps,                /causes/night-cramps
			/symptoms/night-cramps,              /causes/night-cramps
			/why-do-night-cramps-happen,         /causes/night-cramps
			/treatments/stop-a-cramp.html,       /treatments/stop-a-cramp
			/QUININE-FACTS,                      /treatments/quinine-facts
			/prevention/stretching,              /prevention/stretching-routine
			""")
	void suggestsTheClosestArticleFirst(String path, String best) {
		assertThat(NotFoundSuggestions.forPath(SNAPSHOT, path)).extracting(Article::path).first().isEqualTo(best);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/zzqx", "/", "/causes/", "/%%%", "/images/xyz123.svg" })
	void suggestsNothingForPathsLikeNoArticle(String path) {
		assertThat(NotFoundSuggestions.forPath(SNAPSHOT, path)).isEmpty();
	}

	@Test
	void neverSuggestsADraft() {
		assertThat(NotFoundSuggestions.forPath(SNAPSHOT, "/causes/draft-idea")).extracting(Article::slug)
			.doesNotContain("draft-idea");
	}

	@Test
	void suggestsAtMostThreeArticles() {
		// Every fixture article is about cramps, so all of them are close to "cramp".
		assertThat(NotFoundSuggestions.forPath(SNAPSHOT, "/cramp")).hasSize(3);
	}

	@Test
	void scoresIdenticalTextsOneAndUnrelatedOnesLow() {
		assertThat(NotFoundSuggestions.similarity("night-cramps", "night-cramps")).isEqualTo(1.0);
		assertThat(NotFoundSuggestions.similarity("zzqx", "night-cramps")).isLessThan(0.3);
	}

}
