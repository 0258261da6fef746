package org.crampguide.content.load;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "did you mean" helper: the nearest name by edit distance, never a far one.
 */
class NearestNameTests {

	private static final List<String> FIELDS = List.of("title", "summary", "reviewed", "related", "nextReview");

	@Test
	void countsInsertionsDeletionsAndSubstitutions() {
		assertThat(NearestName.distance("reviewd", "reviewed")).isEqualTo(1);
		assertThat(NearestName.distance("kitten", "sitting")).isEqualTo(3);
		assertThat(NearestName.distance("", "abc")).isEqualTo(3);
		assertThat(NearestName.distance("same", "same")).isZero();
	}

	@Test
	void suggestsTheClosestNameIgnoringCase() {
		assertThat(NearestName.to("reviewd", FIELDS)).contains("reviewed");
		assertThat(NearestName.to("NextReview", FIELDS)).contains("nextReview");
		assertThat(NearestName.to("nextreview", FIELDS)).contains("nextReview");
		assertThat(NearestName.to("sumary", FIELDS)).contains("summary");
	}

	@Test
	void suggestsNothingWhenEveryNameIsFarAway() {
		assertThat(NearestName.to("author", FIELDS)).isEmpty();
		assertThat(NearestName.didYouMean("author", FIELDS)).isNull();
		assertThat(NearestName.to("x", List.of())).isEmpty();
	}

	@Test
	void suggestsTheRightArticleInAnotherSectionForALink() {
		List<String> paths = List.of("/treatments/stop-a-cramp", "/causes/night-cramps", "/about");
		assertThat(NearestName.toPath("/causes/nigth-cramps", paths)).contains("/causes/night-cramps");
		assertThat(NearestName.toPath("/causes/stop-a-cramp", paths)).contains("/treatments/stop-a-cramp");
		assertThat(NearestName.toPath("/prevention/stop-a-cramps", paths)).contains("/treatments/stop-a-cramp");
		assertThat(NearestName.toPath("/causes/something-else", paths)).isEmpty();
		assertThat(NearestName.didYouMeanPath("/abuot", paths)).isEqualTo("did you mean '/about'?");
	}

	@Test
	void wordsTheHintAsAQuestion() {
		assertThat(NearestName.didYouMean("titel", FIELDS)).isEqualTo("did you mean 'title'?");
	}

}
