package org.crampguide.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.crampguide.content.Article;
import org.crampguide.content.ContentSnapshot;

/**
 * The A-Z page's model: every published article and every lay term of the synonyms file,
 * grouped by first letter. A term links to the article that search ranks first for it, so
 * the page and the search box always agree. Built from a snapshot and its index alone,
 * without a request.
 */
public final class AtoZPage {

	private AtoZPage() {
	}

	/** The letters, in order, each with its entries sorted by label. */
	public static List<Letter> of(SearchIndex index) {
		ContentSnapshot snapshot = index.snapshot();
		List<Entry> entries = new ArrayList<>();
		for (Article article : snapshot.publishedArticles()) {
			entries.add(new Entry(article.title(), article.path(), null));
		}
		for (String term : snapshot.synonyms().terms()) {
			index.bestMatch(term).ifPresent((article) -> entries.add(new Entry(term, article.path(), article.title())));
		}
		Map<String, List<Entry>> byLetter = new TreeMap<>();
		entries.stream()
			.sorted(Comparator.comparing((Entry entry) -> sortKey(entry.label())).thenComparing(Entry::label))
			.forEach((entry) -> byLetter.computeIfAbsent(letter(entry.label()), (key) -> new ArrayList<>()).add(entry));
		return byLetter.entrySet().stream().map((letter) -> new Letter(letter.getKey(), letter.getValue())).toList();
	}

	private static String sortKey(String label) {
		return Normalizer.normalize(label, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
	}

	/** A to Z, or "0-9" for labels that start with anything else. */
	private static String letter(String label) {
		char first = sortKey(label).charAt(0);
		return (first >= 'a' && first <= 'z') ? String.valueOf(first).toUpperCase(Locale.ROOT) : "0-9";
	}

	/**
	 * One letter of the index.
	 *
	 * @param letter the heading, e.g. {@code C}
	 * @param entries its entries
	 */
	public record Letter(String letter, List<Entry> entries) {

		/** The fragment id of the letter's heading, e.g. {@code letter-c}. */
		public String id() {
			return "letter-" + (this.letter.equals("0-9") ? "0-9" : this.letter.toLowerCase(Locale.ROOT));
		}

	}

	/**
	 * One entry.
	 *
	 * @param label an article title or a lay term
	 * @param path the article it links to
	 * @param article for a lay term, the title of that article; {@code null} for an
	 * article's own entry
	 */
	public record Entry(String label, String path, String article) {
	}

}
