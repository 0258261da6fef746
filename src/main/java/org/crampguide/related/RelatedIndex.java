package org.crampguide.related;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Finds the articles worth scoring for a sidebar without scoring every pair: those that
 * share a tag or one of the target's strongest terms, link either way, or, when that
 * yields too few, share its section. Built once per snapshot. Articles are known by their
 * position in {@link #all()}, their ordinal: candidates are ordinals, and what a score
 * reads of each is in arrays by ordinal.
 */
final class RelatedIndex {

	/** How many of an article's strongest terms make it a candidate for others. */
	static final int TERMS_PER_ARTICLE = 8;

	/**
	 * A term shared by more articles than this says little, and would make scoring slow.
	 */
	static final int MAX_TERM_POSTINGS = 1_000;

	private static final int[] NONE = {};

	private final List<ArticleFeatures> all;

	private final Map<String, Integer> ordinals = new HashMap<>();

	private final Map<String, ArticleFeatures> bySlug = new HashMap<>();

	/** A number for every term of the articles: term vectors compare numbers. */
	private final Map<String, Integer> termNumbers = new HashMap<>();

	private final TermVector[] vectors;

	private final List<List<String>> strongestTerms;

	private final TagsAndSections tagsAndSections;

	private final Map<String, int[]> byTag;

	private final Map<String, int[]> byTerm;

	private final Map<String, int[]> linkingTo;

	private final Map<String, int[]> bySection;

	/**
	 * Indexes {@code features}. The index keeps them without their term maps: vectors and
	 * strongest terms are all it needs, and the maps (boxed weights in hash tables) were
	 * 45 MB of a 10,000-article index, twice over while a reload builds the next.
	 */
	RelatedIndex(List<ArticleFeatures> features) {
		this.all = features.stream().map(ArticleFeatures::withoutTerms).toList();
		// Numbered in alphabetical order, so sums run in the same order on every run.
		features.parallelStream()
			.flatMap((article) -> article.terms().keySet().stream())
			.distinct()
			.sorted()
			.forEachOrdered((term) -> this.termNumbers.put(term, this.termNumbers.size()));
		// Per article and independent: in parallel, as a reader may be waiting; both
		// lists keep the order of all.
		this.vectors = features.parallelStream()
			.map((article) -> TermVector.of(article.terms(), this.termNumbers))
			.toArray(TermVector[]::new);
		this.strongestTerms = features.parallelStream()
			.map((article) -> StrongestTerms.of(article.terms(), TERMS_PER_ARTICLE))
			.toList();
		for (int i = 0; i < this.all.size(); i++) {
			ArticleFeatures article = this.all.get(i);
			this.ordinals.put(article.path(), i);
			this.bySlug.merge(article.slug(), article, (a, b) -> (a.path().compareTo(b.path()) <= 0) ? a : b);
		}
		this.tagsAndSections = new TagsAndSections(this.all);
		int count = this.all.size();
		this.byTag = Postings.of(count, (i) -> this.all.get(i).tags());
		this.byTerm = Postings.of(count, this.strongestTerms::get);
		this.linkingTo = Postings.of(count, (i) -> this.all.get(i).linksTo());
		this.bySection = Postings.of(count, (i) -> List.of(this.all.get(i).section()));
	}

	List<ArticleFeatures> all() {
		return this.all;
	}

	ArticleFeatures byPath(String path) {
		Integer ordinal = this.ordinals.get(path);
		return (ordinal != null) ? this.all.get(ordinal) : null;
	}

	/** The ordinal of the indexed article at {@code path}, or -1. */
	int ordinal(String path) {
		return this.ordinals.getOrDefault(path, -1);
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
		int ordinal = ordinal(article.path());
		return (ordinal >= 0 && this.all.get(ordinal) == article) ? this.vectors[ordinal]
				: TermVector.of(article.terms(), this.termNumbers);
	}

	TermVector vector(int ordinal) {
		return this.vectors[ordinal];
	}

	TagsAndSections tagsAndSections() {
		return this.tagsAndSections;
	}

	/** Ordinals of the articles that link to {@code path}. */
	int[] linkingTo(String path) {
		return this.linkingTo.getOrDefault(path, NONE);
	}

	int size() {
		return this.all.size();
	}

	/** Every ordinal: scoring them all is what the candidates must agree with. */
	int[] everyArticle() {
		return IntStream.range(0, this.all.size()).toArray();
	}

	/**
	 * Ordinals of the articles worth scoring for {@code target}, ascending: at least
	 * {@code limit} when there are.
	 */
	int[] candidates(ArticleFeatures target, int limit) {
		BitSet found = new BitSet(this.all.size());
		target.tags().forEach((tag) -> Postings.addTo(found, this.byTag.getOrDefault(tag, NONE)));
		int self = ordinal(target.path());
		List<String> strongest = (self >= 0 && this.all.get(self) == target) ? this.strongestTerms.get(self)
				: StrongestTerms.of(target.terms(), TERMS_PER_ARTICLE);
		for (String term : strongest) {
			int[] postings = this.byTerm.getOrDefault(term, NONE);
			if (postings.length <= MAX_TERM_POSTINGS) {
				Postings.addTo(found, postings);
			}
		}
		target.linksTo().forEach((path) -> {
			int linked = ordinal(path);
			if (linked >= 0) {
				found.set(linked);
			}
		});
		Postings.addTo(found, linkingTo(target.path()));
		int wanted = limit + target.picks().size();
		if (cardinalityWithout(found, self) < wanted) {
			Postings.addTo(found, this.bySection.getOrDefault(target.section(), NONE));
		}
		if (cardinalityWithout(found, self) < wanted) {
			found.set(0, this.all.size());
		}
		if (self >= 0) {
			found.clear(self);
		}
		return found.stream().toArray();
	}

	private static int cardinalityWithout(BitSet found, int self) {
		return found.cardinality() - ((self >= 0 && found.get(self)) ? 1 : 0);
	}

}
