package org.crampguide.content;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analysis that synonym terms go through: words, lower case, accents folded
 * ({@code anémie} is {@code anemie}). The loader validates {@code search/synonyms.txt}
 * with it and search applies the synonyms to queries analysed the same way, so a line
 * that loads is a line that matches.
 */
public final class SynonymAnalyzer extends Analyzer {

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		StandardTokenizer words = new StandardTokenizer();
		return new TokenStreamComponents(words, fold(words));
	}

	@Override
	protected TokenStream normalize(String fieldName, TokenStream in) {
		return fold(in);
	}

	/** Lower case and accent folding, the steps every search field shares. */
	public static TokenStream fold(TokenStream in) {
		return new ASCIIFoldingFilter(new LowerCaseFilter(in));
	}

}
