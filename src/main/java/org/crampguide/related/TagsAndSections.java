package org.crampguide.related;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The tags and section of each indexed article as numbers, with each tag's weight, so a
 * candidate is scored with array reads: set lookups and string comparisons per candidate
 * were most of a cold sidebar, which scores thousands of candidates at 10,000 articles.
 */
final class TagsAndSections {

	private static final int UNKNOWN = -1;

	private final Map<String, Integer> tagNumbers = new HashMap<>();

	private final Map<String, Integer> sectionNumbers = new HashMap<>();

	private final int[][] tags;

	private final int[] sections;

	private final double[] tagWeights;

	/** Numbers the tags and sections of {@code all}, by their position in it. */
	TagsAndSections(List<ArticleFeatures> all) {
		this.tags = new int[all.size()][];
		this.sections = new int[all.size()];
		for (int i = 0; i < all.size(); i++) {
			ArticleFeatures article = all.get(i);
			this.sections[i] = this.sectionNumbers.computeIfAbsent(article.section(),
					(key) -> this.sectionNumbers.size());
			this.tags[i] = article.tags()
				.stream()
				.mapToInt((tag) -> this.tagNumbers.computeIfAbsent(tag, (key) -> this.tagNumbers.size()))
				.toArray();
		}
		int[] tagCounts = new int[this.tagNumbers.size()];
		for (int[] own : this.tags) {
			for (int tag : own) {
				tagCounts[tag]++;
			}
		}
		this.tagWeights = new double[tagCounts.length];
		// Inverse document frequency: a tag on every article says nothing, a rare one
		// says a lot.
		for (int tag = 0; tag < tagCounts.length; tag++) {
			this.tagWeights[tag] = Math.log(1.0 + (double) all.size() / tagCounts[tag]);
		}
	}

	/** The section number of the indexed article at {@code ordinal}. */
	int section(int ordinal) {
		return this.sections[ordinal];
	}

	/** The section number of any article, or one no indexed article has. */
	int sectionOf(ArticleFeatures article) {
		return this.sectionNumbers.getOrDefault(article.section(), UNKNOWN);
	}

	/**
	 * The numbers of {@code article}'s tags that indexed articles have, in the order of
	 * its tag set, so a score adds the same weights in the same order every time.
	 */
	int[] tagsOf(ArticleFeatures article) {
		return article.tags()
			.stream()
			.mapToInt((tag) -> this.tagNumbers.getOrDefault(tag, UNKNOWN))
			.filter((tag) -> tag != UNKNOWN)
			.toArray();
	}

	/** Whether the indexed article at {@code ordinal} has tag {@code tag}. */
	boolean hasTag(int ordinal, int tag) {
		for (int own : this.tags[ordinal]) {
			if (own == tag) {
				return true;
			}
		}
		return false;
	}

	double tagWeight(int tag) {
		return this.tagWeights[tag];
	}

}
