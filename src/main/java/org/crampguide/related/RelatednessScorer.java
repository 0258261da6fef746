package org.crampguide.related;

import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Ranks the articles most worth reading next. A pure function of its inputs: the editors'
 * picks come first, in their order, then every other article by a score that adds shared
 * tags (rarer tags weigh more), the same section, links between the two, and the cosine
 * similarity of their text. Ties go to the lower path, so the order never changes between
 * runs.
 */
public final class RelatednessScorer {

	static final double SAME_SECTION = 0.5;

	static final double LINK_FROM_TARGET = 1.0;

	static final double LINK_TO_TARGET = 0.5;

	static final double TEXT_WEIGHT = 2.0;

	private RelatednessScorer() {
	}

	/**
	 * @param target the article the sidebar is for
	 * @param all every published article (the target may be among them)
	 * @param limit how many paths to return at most
	 * @return paths of related articles, best first, never the target and never twice
	 */
	public static List<String> rank(ArticleFeatures target, List<ArticleFeatures> all, int limit) {
		RelatedIndex index = new RelatedIndex(all);
		// The index's own copies: its vectors are looked up by identity.
		ArticleFeatures indexed = index.byPath(target.path());
		return rank((indexed != null) ? indexed : target, index, index.everyArticle(), limit);
	}

	/** As above, scoring only the indexed articles at {@code candidates}. */
	static List<String> rank(ArticleFeatures target, RelatedIndex index, int[] candidates, int limit) {
		Set<String> result = new LinkedHashSet<>();
		BitSet skipped = new BitSet(index.size());
		int self = index.ordinal(target.path());
		if (self >= 0) {
			skipped.set(self);
		}
		for (String pick : target.picks()) {
			ArticleFeatures picked = index.bySlug(pick);
			if (picked != null && !picked.path().equals(target.path())) {
				result.add(picked.path());
				skipped.set(index.ordinal(picked.path()));
			}
		}
		Target scored = new Target(target, index);
		BestScores best = new BestScores(index, limit);
		for (int candidate : candidates) {
			if (!skipped.get(candidate)) {
				best.offer(candidate, scored.score(candidate));
			}
		}
		result.addAll(best.paths());
		return result.stream().limit(limit).toList();
	}

	/** What a score compares of the target, looked up once for all its candidates. */
	private static final class Target {

		private final RelatedIndex index;

		private final TagsAndSections numbers;

		private final int[] tags;

		private final int section;

		private final BitSet linksTo = new BitSet();

		private final BitSet linkedFrom = new BitSet();

		private final TermVector text;

		Target(ArticleFeatures target, RelatedIndex index) {
			this.index = index;
			this.numbers = index.tagsAndSections();
			this.tags = this.numbers.tagsOf(target);
			this.section = this.numbers.sectionOf(target);
			target.linksTo().stream().mapToInt(index::ordinal).filter((i) -> i >= 0).forEach(this.linksTo::set);
			for (int ordinal : index.linkingTo(target.path())) {
				this.linkedFrom.set(ordinal);
			}
			this.text = index.vector(target);
		}

		/** How related the indexed article at {@code candidate} is; higher is closer. */
		double score(int candidate) {
			double score = 0;
			for (int tag : this.tags) {
				if (this.numbers.hasTag(candidate, tag)) {
					score += this.numbers.tagWeight(tag);
				}
			}
			if (this.section == this.numbers.section(candidate)) {
				score += SAME_SECTION;
			}
			if (this.linksTo.get(candidate)) {
				score += LINK_FROM_TARGET;
			}
			if (this.linkedFrom.get(candidate)) {
				score += LINK_TO_TARGET;
			}
			return score + TEXT_WEIGHT * this.text.dot(this.index.vector(candidate));
		}

	}

}
