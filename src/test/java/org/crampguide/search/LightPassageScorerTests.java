package org.crampguide.search;

import java.util.Random;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lighter passage scorer picks the same snippets as Lucene's: it gives every passage
 * the same score.
 */
class LightPassageScorerTests {

	private static final String[] WORDS = { "cramp", "calf", "night", "stretch", "magnesium" };

	private final Random random = new Random(20261202);

	@RepeatedTest(50)
	void scoresEveryPassageAsLucenesScorerDoes() {
		Passage passage = new Passage();
		int start = this.random.nextInt(2000);
		passage.setStartOffset(start);
		passage.setEndOffset(start + 1000);
		int matches = this.random.nextInt(12);
		int position = start;
		for (int i = 0; i < matches; i++) {
			String word = WORDS[this.random.nextInt(WORDS.length)];
			passage.addMatch(position, position + word.length(), new BytesRef(word), 1 + this.random.nextInt(9));
			position += word.length() + 1 + this.random.nextInt(20);
		}
		int contentLength = position + this.random.nextInt(5000);

		assertThat(new LightPassageScorer().score(passage, contentLength))
			.isEqualTo(new PassageScorer().score(passage, contentLength));
	}

	@Test
	void aWordRepeatedInThePassageScoresHigherThanOnce() {
		Passage once = passage("cramp");
		Passage twice = passage("cramp", "cramp");

		assertThat(new LightPassageScorer().score(twice, 1000))
			.isGreaterThan(new LightPassageScorer().score(once, 1000));
	}

	private static Passage passage(String... words) {
		Passage passage = new Passage();
		passage.setStartOffset(0);
		passage.setEndOffset(100);
		int position = 0;
		for (String word : words) {
			passage.addMatch(position, position + word.length(), new BytesRef(word), 3);
			position += word.length() + 1;
		}
		return passage;
	}

}
