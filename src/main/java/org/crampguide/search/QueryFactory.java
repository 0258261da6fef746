package org.crampguide.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;
import org.crampguide.content.SynonymAnalyzer;

/**
 * Turns a reader's words into a Lucene query without ever parsing query syntax: the text
 * is only analysed, so {@code title:*}, {@code AND} or a backslash are plain words. Every
 * ranked field is searched with its boost, the words as a phrase (within a few words of
 * each other) count extra, and a word the index has never seen is also looked for with up
 * to two typos.
 */
final class QueryFactory {

	/** How far apart the words may be and still get the phrase bonus. */
	private static final int PHRASE_SLOP = 3;

	/** At most this many unknown words get typo matching, to bound the query. */
	private static final int MAX_FUZZY_WORDS = 5;

	/**
	 * The short fields only: typo matching over whole bodies costs far more and adds
	 * little.
	 */
	private static final List<String> FUZZY_FIELDS = List.of(SearchFields.TITLE, SearchFields.SUMMARY,
			SearchFields.HEADINGS);

	private final QueryBuilder builder;

	private final Analyzer documents;

	private final Analyzer exact = new SynonymAnalyzer();

	private final Vocabulary vocabulary;

	QueryFactory(Analyzer queries, Analyzer documents, Vocabulary vocabulary) {
		this.builder = new QueryBuilder(queries);
		this.builder.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
		this.documents = documents;
		this.vocabulary = vocabulary;
	}

	/** The queries for {@code text}, or {@code null} when it has no searchable words. */
	Queries queries(String text) {
		BooleanQuery.Builder words = new BooleanQuery.Builder();
		BooleanQuery.Builder near = new BooleanQuery.Builder();
		boolean any = false;
		boolean phrase = AnalyzedText.terms(this.documents, SearchFields.BODY, text).size() > 1;
		for (Map.Entry<String, Float> field : SearchFields.BOOSTS.entrySet()) {
			Query each = this.builder.createBooleanQuery(field.getKey(), text, Occur.SHOULD);
			if (each != null) {
				words.add(new BoostQuery(each, field.getValue()), Occur.SHOULD);
				any = true;
			}
			if (phrase && (field.getKey().equals(SearchFields.TITLE) || field.getKey().equals(SearchFields.BODY))) {
				Query together = this.builder.createPhraseQuery(field.getKey(), text, PHRASE_SLOP);
				if (together != null) {
					near.add(new BoostQuery(together, 2 * field.getValue()), Occur.SHOULD);
				}
			}
		}
		any |= addTypoMatches(words, text);
		if (!any) {
			return null;
		}
		BooleanQuery nearQuery = near.build();
		return new Queries(words.build(), nearQuery.clauses().isEmpty() ? null : nearQuery);
	}

	/** The query for {@code text} as results are ranked, or {@code null}. */
	Query query(String text) {
		Queries queries = queries(text);
		return (queries != null) ? queries.ranked() : null;
	}

	/**
	 * The two parts of one search.
	 *
	 * @param match which articles match: every word in every field, and typo matches
	 * @param near the bonus for the words close together, or {@code null} for one word
	 */
	record Queries(Query match, Query near) {

		/** The matches ranked with the bonus; costlier, as phrases read positions. */
		Query ranked() {
			return ranked(this.match);
		}

		/** {@link #ranked()} over {@code match}, a rewritten form of {@link #match()}. */
		Query ranked(Query match) {
			return (this.near == null) ? match
					: new BooleanQuery.Builder().add(match, Occur.MUST).add(this.near, Occur.SHOULD).build();
		}

	}

	private boolean addTypoMatches(BooleanQuery.Builder query, String text) {
		List<String> unknown = AnalyzedText.terms(this.exact, SearchFields.SPELLING, text)
			.stream()
			.filter((word) -> word.length() >= 4 && !this.vocabulary.knows(word))
			.distinct()
			.limit(MAX_FUZZY_WORDS)
			.toList();
		for (String word : unknown) {
			for (String stem : AnalyzedText.terms(this.documents, SearchFields.BODY, word)) {
				int edits = (word.length() >= 6) ? 2 : 1;
				for (String field : FUZZY_FIELDS) {
					Query fuzzy = new FuzzyQuery(new Term(field, stem), edits, 1, 10, true);
					query.add(new BoostQuery(fuzzy, 0.5f * SearchFields.BOOSTS.get(field)), Occur.SHOULD);
				}
			}
		}
		return !unknown.isEmpty();
	}

	/**
	 * The words of the index and of the synonyms file: a word in neither is probably a
	 * typo.
	 */
	record Vocabulary(IndexReader reader, java.util.Set<String> synonymWords) {

		boolean knows(String word) {
			try {
				return this.synonymWords.contains(word)
						|| this.reader.docFreq(new Term(SearchFields.SPELLING, word)) > 0;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
