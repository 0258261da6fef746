package org.crampguide.related;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the articles worth scoring for a sidebar without scoring every pair: those that
 * share a tag or one of the target's strongest terms, link either way, or, when that
 * yields too few, share its section. Built once per snapshot.
 */
final class RelatedIndex {

	/** How many of an article's strongest terms make it a candidate for others. */
	static final int TERMS_PER_ARTICLE = 8;

	/**
	 * A term shared by more articles than this says little, and would make scoring slow.
	 */
	static final int MAX_TERM_POSTINGS = 1_000;

	private final List<ArticleFeatures> all;

	private final Map<String, ArticleFeatures> bySlug = new HashMap<>();

	private final Map<String, Integer> tagCounts = new HashMap<>();

	private final Map<String, List<ArticleFeatures>> byTag = new HashMap<>();

	private final Map<String, List<ArticleFeatures>> byTerm = new HashMap<>();

	private final Map<String, List<ArticleFeatures>> linkingTo = new HashMap<>();

	private final Map<String, List<ArticleFeatures>> bySection = new HashMap<>();

	private final Map<String, ArticleFeatures> byPath = new HashMap<>();

	/** A number for every term of the articles: term vectors compare numbers. */
	private final Map<String, Integer> termNumbers = new HashMap<>();

	/** By identity: one cheap lookup per scored candidate. */
	private final Map<ArticleFeatures, TermVector> vectors = new IdentityHashMap<>();

	/** Each article's strongest terms, by identity, for finding its candidates. */
	private final Map<ArticleFeatures, List<String>> strongestTerms = new IdentityHashMap<>();

	/**
	 * Indexes {@code features}. The index keeps them without their term maps: vectors and
	 * strongest terms are all it needs, and the maps (boxed weights in hash tables) were
	 * 45 MB of a 10,000-article index, twice over while a reload builds the next.
	 */
	RelatedIndex(List<ArticleFeatures> features) {
		List<ArticleFeatures> all = features.stream().map(ArticleFeatures::withoutTerms).toList();
		this.all = all;
		// Numbered in alphabetical order, so sums run in the same order on every run.
		features.parallelStream()
			.flatMap((article) -> article.terms().keySet().stream())
			.distinct()
			.sorted()
			.forEachOrdered((term) -> this.termNumbers.put(term, this.termNumbers.size()));
		// Per article and independent: in parallel, as a reader may be waiting; both
		// lists keep the order of all.
		List<TermVector> vectors = features.parallelStream()
			.map((article) -> TermVector.of(article.terms(), this.termNumbers))
			.toList();
		List<List<String>> strongest = features.parallelStream()
			.map((article) -> StrongestTerms.of(article.terms(), TERMS_PER_ARTICLE))
			.toList();
		for (int i = 0; i < all.size(); i++) {
			ArticleFeatures article = all.get(i);
			this.vectors.put(article, vectors.get(i));
			this.strongestTerms.put(article, strongest.get(i));
			this.byPath.put(article.path(), article);
			this.bySlug.merge(article.slug(), article, (a, b) -> (a.path().compareTo(b.path()) <= 0) ? a : b);
			for (String tag : article.tags()) {
				this.tagCounts.merge(tag, 1, Integer::sum);
				this.byTag.computeIfAbsent(tag, (key) -> new ArrayList<>()).add(article);
			}
			for (String term : strongest.get(i)) {
				this.byTerm.computeIfAbsent(term, (key) -> new ArrayList<>()).add(article);
			}
			for (String link : article.linksTo()) {
				this.linkingTo.computeIfAbsent(link, (key) -> new ArrayList<>()).add(article);
			}
			this.bySection.computeIfAbsent(article.section(), (key) -> new ArrayList<>()).add(article);
		}
	}

	List<ArticleFeatures> all() {
		return this.all;
	}

	ArticleFeatures byPath(String path) {
		return this.byPath.get(path);
	}

	/** The published article an editor's pick names, if any. */
	ArticleFeatures bySlug(String slug) {
		return this.bySlug.get(slug);
	}

	/**
	 * The text weights of {@code article}, which may be outside the index (a previewed
	 * draft): its dot product with another's is their cosine similarity.
	 */
	TermVector vector(ArticleFeatures article) {
		TermVector vector = this.vectors.get(article);
		return (vector != null) ? vector : TermVector.of(article.terms(), this.termNumbers);
	}

	Map<String, Integer> tagCounts() {
		return this.tagCounts;
	}

	int size() {
		return this.all.size();
	}

	/**
	 * Articles worth scoring for {@code target}: at least {@code limit} when there are.
	 */
	Set<ArticleFeatures> candidates(ArticleFeatures target, int limit) {
		Set<ArticleFeatures> candidates = new LinkedHashSet<>();
		target.tags().forEach((tag) -> candidates.addAll(this.byTag.getOrDefault(tag, List.of())));
		List<String> strongest = this.strongestTerms.get(target);
		for (String term : (strongest != null) ? strongest : StrongestTerms.of(target.terms(), TERMS_PER_ARTICLE)) {
			List<ArticleFeatures> postings = this.byTerm.getOrDefault(term, List.of());
			if (postings.size() <= MAX_TERM_POSTINGS) {
				candidates.addAll(postings);
			}
		}
		target.linksTo().forEach((path) -> {
			ArticleFeatures linked = this.byPath.get(path);
			if (linked != null) {
				candidates.add(linked);
			}
		});
		candidates.addAll(this.linkingTo.getOrDefault(target.path(), List.of()));
		candidates.remove(target);
		if (candidates.size() < limit + target.picks().size()) {
			candidates.addAll(this.bySection.getOrDefault(target.section(), List.of()));
			candidates.remove(target);
		}
		if (candidates.size() < limit + target.picks().size()) {
			candidates.addAll(this.all);
			candidates.remove(target);
		}
		return candidates;
	}

}
