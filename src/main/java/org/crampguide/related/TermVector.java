package org.crampguide.related;

import java.util.Arrays;
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
		// Each known term as its number in the high half and its position in the low
		// half of a long: one primitive sort orders the numbers and keeps the pairing.
		long[] keys = new long[terms.size()];
		double[] byPosition = new double[terms.size()];
		int size = 0;
		for (Map.Entry<String, Double> term : terms.entrySet()) {
			Integer number = numbers.get(term.getKey());
			if (number != null) {
				keys[size] = ((long) number << 32) | size;
				byPosition[size++] = term.getValue();
			}
		}
		Arrays.sort(keys, 0, size);
		int[] ids = new int[size];
		double[] weights = new double[size];
		for (int i = 0; i < size; i++) {
			ids[i] = (int) (keys[i] >>> 32);
			weights[i] = byPosition[(int) keys[i]];
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
