package org.crampguide.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The terms an analyser makes of a text, for the places that build queries term by term
 * instead of parsing query syntax.
 */
final class AnalyzedText {

	private AnalyzedText() {
	}

	/** Every term, synonyms included, in stream order. */
	static List<String> terms(Analyzer analyzer, String field, String text) {
		List<String> terms = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream(field, text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			// Analysing a String in memory cannot fail on I/O.
			throw new UncheckedIOException(ex);
		}
		return terms;
	}

}
