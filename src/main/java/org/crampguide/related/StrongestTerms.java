package org.crampguide.related;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * An article's few strongest terms: highest weight first, ties in alphabetical order. One
 * pass that keeps the best few, not a sort of every term: sorting each of 10,000
 * articles' terms through a chain of comparators was a sixth of building the related
 * index at startup, and compiling that sort kept a JIT thread busy while a reader waited.
 */
final class StrongestTerms {

	private StrongestTerms() {
	}

	static List<String> of(Map<String, Double> terms, int count) {
		if (count <= 0) {
			return List.of();
		}
		String[] best = new String[count];
		double[] weights = new double[count];
		int size = 0;
		for (Map.Entry<String, Double> term : terms.entrySet()) {
			String name = term.getKey();
			double weight = term.getValue();
			if (size == count && !before(name, weight, best[size - 1], weights[size - 1])) {
				continue;
			}
			// Insertion into the few kept, the weakest dropping off the end when full.
			int at = (size < count) ? size++ : size - 1;
			while (at > 0 && before(name, weight, best[at - 1], weights[at - 1])) {
				best[at] = best[at - 1];
				weights[at] = weights[at - 1];
				at--;
			}
			best[at] = name;
			weights[at] = weight;
		}
		return List.of(Arrays.copyOf(best, size));
	}

	/** Whether {@code name} ranks above {@code other}: heavier, or as heavy and first. */
	private static boolean before(String name, double weight, String other, double otherWeight) {
		int byWeight = Double.compare(weight, otherWeight);
		return byWeight > 0 || (byWeight == 0 && name.compareTo(other) < 0);
	}

}
