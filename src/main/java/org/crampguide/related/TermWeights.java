package org.crampguide.related;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * TF-IDF weights of article texts, normalised so that a dot product is their cosine
 * similarity.
 */
public final class TermWeights {

	private static final int MIN_LENGTH = 3;

	private static final Set<String> STOP_WORDS = Set.of("the", "and", "for", "are", "but", "not", "you", "your",
			"with", "can", "this", "that", "they", "have", "has", "from", "may", "more", "most", "some", "what", "when",
			"who", "how", "why", "will", "would", "about", "into", "also", "than", "then", "there", "their", "these",
			"those", "which", "while", "were", "was", "been", "being", "our", "out", "one", "any", "all", "its", "it's",
			"does", "did", "get", "such", "other", "many", "much", "very", "just", "like", "over");

	private TermWeights() {
	}

	/** Weights for each text, in the same order as {@code texts}. */
	public static List<Map<String, Double>> of(List<String> texts) {
		// Counting and weighing are per text: in parallel, as a reader may be waiting.
		// Each text's counts are kept as two arrays over one shared copy of each word
		// until every document frequency is known: 10,000 maps of boxed counts were
		// 200 MB that the collector had to copy and promote while a reader waited.
		Map<String, String> vocabulary = new ConcurrentHashMap<>();
		List<Counts> counts = texts.parallelStream().map((text) -> Counts.of(count(text), vocabulary)).toList();
		Map<String, Integer> documentFrequency = new HashMap<>();
		counts.forEach((text) -> {
			for (String term : text.terms()) {
				documentFrequency.merge(term, 1, Integer::sum);
			}
		});
		int documents = texts.size();
		return counts.parallelStream().map((text) -> weigh(text, documentFrequency, documents)).toList();
	}

	/**
	 * Runs of three or more letters a to z, once lower-cased, less stop words: a scan
	 * rather than a pattern, as counting is most of building the index at startup.
	 */
	private static Map<String, Integer> count(String text) {
		Map<String, Integer> counts = new HashMap<>();
		String lower = text.toLowerCase(Locale.ROOT);
		int start = -1;
		for (int i = 0; i <= lower.length(); i++) {
			boolean letter = i < lower.length() && lower.charAt(i) >= 'a' && lower.charAt(i) <= 'z';
			if (letter && start < 0) {
				start = i;
			}
			else if (!letter && start >= 0) {
				if (i - start >= MIN_LENGTH) {
					String word = lower.substring(start, i);
					if (!STOP_WORDS.contains(word)) {
						counts.merge(word, 1, Integer::sum);
					}
				}
				start = -1;
			}
		}
		return counts;
	}

	private static Map<String, Double> weigh(Counts text, Map<String, Integer> documentFrequency, int documents) {
		Map<String, Double> weights = new HashMap<>();
		for (int i = 0; i < text.terms().length; i++) {
			String term = text.terms()[i];
			double idf = Math.log((double) documents / documentFrequency.get(term));
			if (idf > 0) {
				weights.put(term, text.counts()[i] * idf);
			}
		}
		double norm = Math.sqrt(weights.values().stream().mapToDouble((w) -> w * w).sum());
		if (norm > 0) {
			weights.replaceAll((term, weight) -> weight / norm);
		}
		return Map.copyOf(weights);
	}

	/** One text's terms, each the vocabulary's copy, and how often each occurs. */
	private record Counts(String[] terms, int[] counts) {

		static Counts of(Map<String, Integer> counted, Map<String, String> vocabulary) {
			String[] terms = new String[counted.size()];
			int[] counts = new int[counted.size()];
			int i = 0;
			for (Map.Entry<String, Integer> term : counted.entrySet()) {
				terms[i] = vocabulary.computeIfAbsent(term.getKey(), (key) -> key);
				counts[i++] = term.getValue();
			}
			return new Counts(terms, counts);
		}

	}

}
