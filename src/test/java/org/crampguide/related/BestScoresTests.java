package org.crampguide.related;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeping the best few as they are offered gives the head of a full sort: highest score
 * first, ties by lower path, in any order of offers.
 */
class BestScoresTests {

	@Test
	void keepsTheHeadOfAFullSortWhateverTheOrderOfOffers() {
		List<ArticleFeatures> articles = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			articles.add(new ArticleFeatures("/a/" + i, "s" + i, "a", Set.of(), List.of(), Set.of(), Map.of()));
		}
		RelatedIndex index = new RelatedIndex(articles);
		Random random = new Random(7);
		for (int round = 0; round < 50; round++) {
			// Few distinct scores, so many ties fall to the path.
			double[] scores = random.doubles(200).map((score) -> Math.floor(score * 8)).toArray();
			List<Integer> order = new ArrayList<>(random.ints(0, 200).distinct().limit(200).boxed().toList());
			int limit = 1 + random.nextInt(7);
			BestScores best = new BestScores(index, limit);
			order.forEach((ordinal) -> best.offer(ordinal, scores[ordinal]));
			List<String> sorted = order.stream()
				.sorted(Comparator.comparingDouble((Integer ordinal) -> scores[ordinal])
					.reversed()
					.thenComparing((ordinal) -> "/a/" + ordinal))
				.map((ordinal) -> "/a/" + ordinal)
				.limit(limit)
				.toList();
			assertThat(best.paths()).isEqualTo(sorted);
		}
	}

	@Test
	void keepsNothingForALimitOfNone() {
		RelatedIndex index = new RelatedIndex(
				List.of(new ArticleFeatures("/a/1", "1", "a", Set.of(), List.of(), Set.of(), Map.of())));
		BestScores best = new BestScores(index, 0);
		best.offer(0, 1.0);
		assertThat(best.paths()).isEmpty();
	}

}
