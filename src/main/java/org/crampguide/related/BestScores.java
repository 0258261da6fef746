package org.crampguide.related;

import java.util.ArrayList;
import java.util.List;

/**
 * The best few of many scored articles, highest score first and ties by lower path, kept
 * as they are offered: sorting every candidate of a cold sidebar to keep five was a tenth
 * of its work.
 */
final class BestScores {

	private final RelatedIndex index;

	private final int[] ordinals;

	private final double[] scores;

	private int size;

	BestScores(RelatedIndex index, int limit) {
		this.index = index;
		this.ordinals = new int[limit];
		this.scores = new double[limit];
	}

	/** Keeps the indexed article at {@code ordinal} if it is among the best so far. */
	void offer(int ordinal, double score) {
		if (this.size == this.ordinals.length && (this.size == 0
				|| !before(ordinal, score, this.ordinals[this.size - 1], this.scores[this.size - 1]))) {
			return;
		}
		int at = (this.size < this.ordinals.length) ? this.size++ : this.size - 1;
		while (at > 0 && before(ordinal, score, this.ordinals[at - 1], this.scores[at - 1])) {
			this.ordinals[at] = this.ordinals[at - 1];
			this.scores[at] = this.scores[at - 1];
			at--;
		}
		this.ordinals[at] = ordinal;
		this.scores[at] = score;
	}

	/** The paths kept, best first. */
	List<String> paths() {
		List<String> paths = new ArrayList<>(this.size);
		for (int i = 0; i < this.size; i++) {
			paths.add(this.index.all().get(this.ordinals[i]).path());
		}
		return paths;
	}

	private boolean before(int ordinal, double score, int other, double otherScore) {
		int byScore = Double.compare(otherScore, score);
		return (byScore != 0) ? byScore < 0
				: this.index.all().get(ordinal).path().compareTo(this.index.all().get(other).path()) < 0;
	}

}
