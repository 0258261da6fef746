package org.crampguide.related;

import java.util.List;
import java.util.Map;

/**
 * An article's term weights as parallel arrays sorted by term number, so two articles'
 * similarity is one merge of two arrays. Looking every term up in the other article's map
 * was most of a cold sidebar at 10,000 articles.
 *
 * @param terms term numbers of one index's vocabulary, ascending
 * @param weights the weight of each term
 */
record TermVector(int[] terms, double[] weights) {

	/** The weights of the {@code terms} that {@code numbers} knows, by number. */
	static TermVector of(Map<String, Double> terms, Map<String, Integer> numbers) {
		List<Map.Entry<Integer, Double>> known = terms.entrySet()
			.stream()
			.filter((entry) -> numbers.containsKey(entry.getKey()))
			.map((entry) -> Map.entry(numbers.get(entry.getKey()), entry.getValue()))
			.sorted(Map.Entry.comparingByKey())
			.toList();
		int[] ids = new int[known.size()];
		double[] weights = new double[known.size()];
		for (int i = 0; i < ids.length; i++) {
			ids[i] = known.get(i).getKey();
			weights[i] = known.get(i).getValue();
		}
		return new TermVector(ids, weights);
	}

	/** The dot product: the cosine similarity, as both are unit vectors. */
	double dot(TermVector other) {
		double dot = 0;
		int i = 0;
		int j = 0;
		while (i < this.terms.length && j < other.terms.length) {
			int a = this.terms[i];
			int b = other.terms[j];
			if (a == b) {
				dot += this.weights[i++] * other.weights[j++];
			}
			else if (a < b) {
				i++;
			}
			else {
				j++;
			}
		}
		return dot;
	}

}
