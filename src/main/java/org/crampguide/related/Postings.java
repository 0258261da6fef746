package org.crampguide.related;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Lists of article ordinals by key: a tag, a term, a link or a section. */
final class Postings {

	private Postings() {
	}

	/**
	 * For each key of any of {@code all}, the ordinals of the articles with it,
	 * ascending.
	 */
	static Map<String, int[]> of(List<ArticleFeatures> all, Function<ArticleFeatures, Collection<String>> keys) {
		Map<String, List<Integer>> lists = new HashMap<>();
		for (int i = 0; i < all.size(); i++) {
			for (String key : keys.apply(all.get(i))) {
				lists.computeIfAbsent(key, (k) -> new ArrayList<>()).add(i);
			}
		}
		Map<String, int[]> postings = new HashMap<>();
		lists.forEach((key, list) -> postings.put(key, list.stream().mapToInt(Integer::intValue).toArray()));
		return postings;
	}

	/** Adds {@code ordinals}, which may be missing, to {@code found}. */
	static void addTo(BitSet found, int[] ordinals) {
		if (ordinals != null) {
			for (int ordinal : ordinals) {
				found.set(ordinal);
			}
		}
	}

}
