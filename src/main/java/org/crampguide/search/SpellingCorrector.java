package org.crampguide.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.crampguide.content.SynonymAnalyzer;

/**
 * "Did you mean ...?": each word that neither the articles nor the synonyms know is
 * replaced by the closest word the articles use, from the index's own vocabulary.
 */
final class SpellingCorrector {

	private final DirectSpellChecker checker = new DirectSpellChecker();

	private final IndexReader reader;

	private final QueryFactory.Vocabulary vocabulary;

	private final SynonymAnalyzer words = new SynonymAnalyzer();

	SpellingCorrector(IndexReader reader, QueryFactory.Vocabulary vocabulary) {
		this.reader = reader;
		this.vocabulary = vocabulary;
	}

	/** The corrected text, or {@code null} when every word is known or has no match. */
	String correct(String text) {
		List<String> original = AnalyzedText.terms(this.words, SearchFields.SPELLING, text);
		List<String> corrected = original.stream().map(this::correctWord).toList();
		return corrected.equals(original) ? null : corrected.stream().collect(Collectors.joining(" "));
	}

	private String correctWord(String word) {
		if (word.length() < 4 || this.vocabulary.knows(word)) {
			return word;
		}
		try {
			SuggestWord[] suggestions = this.checker.suggestSimilar(new Term(SearchFields.SPELLING, word), 1,
					this.reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
			return (suggestions.length > 0) ? suggestions[0].string : word;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
