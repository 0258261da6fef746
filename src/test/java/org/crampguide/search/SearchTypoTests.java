package org.crampguide.search;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Typos still find the article, and the page offers the spelling the articles use.
 */
class SearchTypoTests {

	@ParameterizedTest(name = "\"{0}\": did you mean \"{1}\"")
	@CsvSource(delimiter = '|', textBlock = """
			magnesuim          | magnesium         | /treatments/magnesium-and-supplements
			magnesuim pregnant | magnesium pregnant | /risk-factors/pregnancy
			quinnine           | quinine           | /treatments/quinine
			crmaps at nihgt    | cramps at night   | /causes/night-leg-cramps
			writters cramp     | writer's cramp    | /symptoms/writers-cramp
			""")
	void suggestsTheRightSpellingAndStillFindsTheArticle(String typed, String meant, String article) {
		SearchResults results = BundledIndex.get().search(typed, null, 1);
		assertThat(results.didYouMean()).isEqualTo(meant);
		assertThat(results.hits().stream().limit(3).map((hit) -> hit.article().path())).contains(article);
	}

	@Test
	void offersNoCorrectionForWordsTheSiteKnows() {
		assertThat(BundledIndex.get().search("night cramps", null, 1).didYouMean()).isNull();
		// "charley" is in no article, but it is a lay term of the synonyms file.
		assertThat(BundledIndex.get().search("charley horse", null, 1).didYouMean()).isNull();
	}

	@Test
	void findsNothingForWordsFarFromAnyArticle() {
		SearchResults results = BundledIndex.get().search("zzxqv", null, 1);
		assertThat(results.total()).isZero();
		assertThat(results.hits()).isEmpty();
	}

	@Test
	void suggestsTitlesForAnUnfinishedWord() {
		List<Suggestion> suggestions = BundledIndex.get().suggest("night cr", 6);
		assertThat(suggestions).hasSizeLessThanOrEqualTo(6);
		assertThat(suggestions).extracting(Suggestion::url).contains("/causes/night-leg-cramps");
	}

}
