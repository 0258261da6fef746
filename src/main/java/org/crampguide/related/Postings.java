package org.crampguide.related;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/** Lists of article ordinals by key: a tag, a term, a link or a section. */
final class Postings {

	private Postings() {
	}

	/**
	 * For each key of any of {@code count} articles, the ordinals of the articles with
	 * it, ascending.
	 */
	static Map<String, int[]> of(int count, IntFunction<Collection<String>> keys) {
		Map<String, List<Integer>> lists = new HashMap<>();
		for (int i = 0; i < count; i++) {
			for (String key : keys.apply(i)) {
				lists.computeIfAbsent(key, (k) -> new ArrayList<>()).add(i);
			}
		}
		Map<String, int[]> postings = new HashMap<>();
		lists.forEach((key, list) -> postings.put(key, list.stream().mapToInt(Integer::intValue).toArray()));
		return postings;
	}

	static void addTo(BitSet found, int[] ordinals) {
		for (int ordinal : ordinals) {
			found.set(ordinal);
		}
	}

}
