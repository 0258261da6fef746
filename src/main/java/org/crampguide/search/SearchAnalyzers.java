package org.crampguide.search;

import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.crampguide.content.SynonymAnalyzer;

/**
 * The analysis chains of the index: words, lower case and folded accents (as synonyms are
 * parsed), then, for the ranked fields, possessives and stop words dropped and English
 * stems ({@code cramps}, {@code cramping} and {@code cramp} are one term). Queries add
 * the lay synonyms before stemming; documents do not, so a synonym edit needs no
 * re-analysis of articles and multi-word synonyms stay exact.
 */
final class SearchAnalyzers {

	private SearchAnalyzers() {
	}

	/** For documents: stemmed ranked fields, exact spelling and suggestion fields. */
	static Analyzer forDocuments() {
		return perField(new Stemmed(null));
	}

	/** For queries: the same chains, with the lay synonyms expanded. */
	static Analyzer forQueries(SynonymMap synonyms) {
		return perField(new Stemmed(synonyms));
	}

	private static Analyzer perField(Analyzer ranked) {
		Analyzer exact = new SynonymAnalyzer();
		return new PerFieldAnalyzerWrapper(ranked,
				Map.of(SearchFields.SPELLING, exact, SearchFields.TITLE_WORDS, exact));
	}

	/** Words, folded, optionally synonyms, possessives, stop words, Porter stems. */
	private static final class Stemmed extends Analyzer {

		private final SynonymMap synonyms;

		Stemmed(SynonymMap synonyms) {
			this.synonyms = synonyms;
		}

		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			StandardTokenizer words = new StandardTokenizer();
			TokenStream stream = SynonymAnalyzer.fold(words);
			if (this.synonyms != null) {
				stream = new SynonymGraphFilter(stream, this.synonyms, true);
			}
			stream = new EnglishPossessiveFilter(stream);
			stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
			return new TokenStreamComponents(words, new PorterStemFilter(stream));
		}

		@Override
		protected TokenStream normalize(String fieldName, TokenStream in) {
			return SynonymAnalyzer.fold(in);
		}

	}

}
