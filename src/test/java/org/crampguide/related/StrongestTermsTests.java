package org.crampguide.related;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StrongestTermsTests {

	@Test
	void keepsTheHeaviestTermsHeaviestFirst() {
		Map<String, Double> terms = Map.of("calf", 0.9, "night", 0.4, "stretch", 0.7, "water", 0.1);
		assertThat(StrongestTerms.of(terms, 3)).containsExactly("calf", "stretch", "night");
	}

	@Test
	void breaksTiesAlphabetically() {
		Map<String, Double> terms = Map.of("thigh", 0.5, "calf", 0.5, "foot", 0.5, "heat", 0.2);
		assertThat(StrongestTerms.of(terms, 2)).containsExactly("calf", "foot");
	}

	@Test
	void returnsEveryTermWhenThereAreFewer() {
		assertThat(StrongestTerms.of(Map.of("calf", 0.3, "foot", 0.6), 8)).containsExactly("foot", "calf");
		assertThat(StrongestTerms.of(Map.of(), 8)).isEmpty();
		assertThat(StrongestTerms.of(Map.of("calf", 0.3), 0)).isEmpty();
	}

	@Test
	void agreesWithSortingEveryTerm() {
		Random random = new Random(42);
		for (int round = 0; round < 500; round++) {
			Map<String, Double> terms = new HashMap<>();
			int size = random.nextInt(40);
			for (int i = 0; i < size; i++) {
				// Few distinct weights, so that ties are common.
				terms.put("term" + random.nextInt(60), random.nextInt(6) / 5.0);
			}
			int count = 1 + random.nextInt(10);
			assertThat(StrongestTerms.of(terms, count)).as("round %d", round).isEqualTo(sorted(terms, count));
		}
	}

	private static List<String> sorted(Map<String, Double> terms, int count) {
		return terms.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
				.thenComparing(Map.Entry.comparingByKey()))
			.limit(count)
			.map(Map.Entry::getKey)
			.toList();
	}

}
