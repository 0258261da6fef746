package org.crampguide.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.SplittingBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * The best passages of each result's body with the matching words marked, from Lucene's
 * unified highlighter. The formatter returns plain-text parts instead of HTML, so the
 * highlighter's output can only reach the page through escaping.
 */
final class Snippets {

	private static final int PASSAGES = 2;

	private final PartsHighlighter highlighter;

	Snippets(IndexSearcher searcher, Analyzer documents, IndexedArticles articles) {
		// Body text keeps one line per paragraph or list item: passages never run across
		// lines.
		this.highlighter = new PartsHighlighter(articles, UnifiedHighlighter.builder(searcher, documents)
			.withFormatter(new PartsFormatter())
			.withScorer(new LightPassageScorer())
			// Every matching word is marked, without checking that a phrase's words stand
			// together: checking
			// costs several times the whole search and a snippet needs no such precision.
			.withHighlightPhrasesStrictly(false)
			.withBreakIterator(() -> new SplittingBreakIterator(BreakIterator.getSentenceInstance(Locale.ROOT), '\n')));
	}

	/** The snippet of each of {@code docs}, in the same order. */
	List<List<SnippetPart>> of(Query query, int[] docs) {
		try {
			Map<String, Object[]> highlights = this.highlighter
				.highlightFieldsAsObjects(new String[] { SearchFields.BODY }, query, docs, new int[] { PASSAGES });
			Object[] bodies = highlights.get(SearchFields.BODY);
			List<List<SnippetPart>> snippets = new ArrayList<>();
			for (Object body : bodies) {
				@SuppressWarnings("unchecked")
				List<SnippetPart> parts = (body != null) ? (List<SnippetPart>) body : List.of();
				snippets.add(parts);
			}
			return snippets;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Opens up the highlighter's object results, which the formatter fills with parts,
	 * and takes the bodies from the articles instead of stored fields.
	 */
	private static final class PartsHighlighter extends UnifiedHighlighter {

		private final IndexedArticles articles;

		PartsHighlighter(IndexedArticles articles, UnifiedHighlighter.Builder builder) {
			super(builder);
			this.articles = articles;
		}

		@Override
		protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
				throws IOException {
			List<CharSequence[]> values = new ArrayList<>();
			for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
				CharSequence[] each = new CharSequence[fields.length];
				for (int i = 0; i < fields.length; i++) {
					each[i] = SearchFields.BODY.equals(fields[i]) ? limited(this.articles.body(doc)) : null;
				}
				values.add(each);
			}
			return values;
		}

		/**
		 * As the stored-fields loader did: passages come from the first max-length chars.
		 */
		private CharSequence limited(String body) {
			return (body.length() > getMaxLength()) ? body.substring(0, getMaxLength()) : body;
		}

		@Override
		protected Map<String, Object[]> highlightFieldsAsObjects(String[] fields, Query query, int[] docs,
				int[] passages) throws IOException {
			return super.highlightFieldsAsObjects(fields, query, docs, passages);
		}

	}

	/** Passages as text parts, joined by an ellipsis. */
	private static final class PartsFormatter extends PassageFormatter {

		@Override
		public Object format(Passage[] passages, String content) {
			List<SnippetPart> parts = new ArrayList<>();
			for (Passage passage : passages) {
				if (!parts.isEmpty()) {
					parts.add(new SnippetPart(" … ", false));
				}
				int position = passage.getStartOffset();
				int last = passage.getEndOffset();
				for (int i = 0; i < passage.getNumMatches(); i++) {
					// Matches may overlap (a word and a phrase holding it) or run past
					// the passage.
					int start = Math.max(passage.getMatchStarts()[i], position);
					int end = Math.min(passage.getMatchEnds()[i], last);
					if (end <= start) {
						continue;
					}
					text(parts, content.substring(position, start), false);
					text(parts, content.substring(start, end), true);
					position = end;
				}
				if (position < last) {
					text(parts, content.substring(position, last), false);
				}
			}
			return List.copyOf(parts);
		}

		private static void text(List<SnippetPart> parts, String text, boolean match) {
			if (!text.isEmpty()) {
				parts.add(new SnippetPart(text.replace('\n', ' '), match));
			}
		}

	}

}
