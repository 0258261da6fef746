package org.crampguide.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.crampguide.content.Article;
import org.crampguide.content.SynonymAnalyzer;

/**
 * Titles that contain every word typed so far, the last one possibly unfinished
 * ({@code "night cr"} finds "Night leg cramps").
 */
final class TitleSuggestions {

	/** Enough words to describe any title; more cannot narrow it further. */
	private static final int MAX_WORDS = 8;

	private final IndexSearcher searcher;

	private final SynonymAnalyzer words = new SynonymAnalyzer();

	private final IndexedArticles articles;

	TitleSuggestions(IndexSearcher searcher, IndexedArticles articles) {
		this.searcher = searcher;
		this.articles = articles;
	}

	/** Up to {@code limit} matching articles. */
	List<Article> titles(String text, int limit) {
		List<String> typed = AnalyzedText.terms(this.words, SearchFields.TITLE_WORDS, text);
		if (typed.isEmpty() || typed.size() > MAX_WORDS) {
			return List.of();
		}
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		for (int i = 0; i < typed.size() - 1; i++) {
			query.add(new TermQuery(new Term(SearchFields.TITLE_WORDS, typed.get(i))), Occur.MUST);
		}
		query.add(new PrefixQuery(new Term(SearchFields.TITLE_WORDS, typed.get(typed.size() - 1))), Occur.MUST);
		try {
			List<Article> found = new ArrayList<>();
			for (ScoreDoc doc : this.searcher.search(query.build(), limit).scoreDocs) {
				this.articles.article(doc.doc).ifPresent(found::add);
			}
			return found;
		}
		catch (IndexSearcher.TooManyClauses ex) {
			return List.of();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
