package org.crampguide.related;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
		return rank((indexed != null) ? indexed : target, index, index.all(), limit);
	}

	/** As above, scoring only {@code candidates}, with the counts of {@code index}. */
	static List<String> rank(ArticleFeatures target, RelatedIndex index, Collection<ArticleFeatures> candidates,
			int limit) {
		Set<String> result = new LinkedHashSet<>();
		for (String pick : target.picks()) {
			ArticleFeatures picked = index.bySlug(pick);
			if (picked != null && !picked.path().equals(target.path())) {
				result.add(picked.path());
			}
		}
		// The target's vector is looked up once, each score kept beside its path: map
		// lookups per candidate were most of a cold sidebar.
		TermVector targetText = index.vector(target);
		List<Scored> others = new ArrayList<>();
		for (ArticleFeatures candidate : candidates) {
			if (!candidate.path().equals(target.path()) && !result.contains(candidate.path())) {
				others.add(new Scored(candidate.path(), score(target, targetText, candidate, index)));
			}
		}
		others.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::path));
		others.forEach((candidate) -> result.add(candidate.path()));
		return result.stream().limit(limit).toList();
	}

	private record Scored(String path, double score) {
	}

	/** How related {@code candidate} is to {@code target}; higher is closer. */
	static double score(ArticleFeatures target, TermVector targetText, ArticleFeatures candidate, RelatedIndex index) {
		Map<String, Integer> tagCounts = index.tagCounts();
		int articleCount = index.size();
		double score = 0;
		for (String tag : target.tags()) {
			if (candidate.tags().contains(tag)) {
				// Inverse document frequency: a tag on every article says nothing, a rare
				// one says a lot.
				score += Math.log(1.0 + (double) articleCount / tagCounts.getOrDefault(tag, 1));
			}
		}
		if (target.section().equals(candidate.section())) {
			score += SAME_SECTION;
		}
		if (target.linksTo().contains(candidate.path())) {
			score += LINK_FROM_TARGET;
		}
		if (candidate.linksTo().contains(target.path())) {
			score += LINK_TO_TARGET;
		}
		return score + TEXT_WEIGHT * targetText.dot(index.vector(candidate));
	}

}
