package org.crampguide.content;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flesch-Kincaid grade level of plain text, computed here rather than by a library so the
 * rule is visible: {@code 0.39 × words/sentences + 11.8 × syllables/words − 15.59}. Each
 * line (a paragraph, heading, list item or table cell) ends at least one sentence.
 * Syllables are counted by vowel groups, less a silent final e.
 */
public final class ReadingGrade {

	// Possessive quantifiers, as in Slugs: "a-a-a-...-a" must not overflow the stack.
	private static final Pattern WORD = Pattern.compile("[A-Za-z0-9]++(?:['’-][A-Za-z0-9]++)*+");

	private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+(?=[\\s\"'”’)]|$)");

	private static final Pattern CLOSED_LINE = Pattern.compile(".*[.!?][\"'”’)]*$");

	private static final Pattern NOT_A_LETTER = Pattern.compile("[^a-z]");

	private static final Pattern SILENT_ENDING = Pattern
		.compile("(?<=[^aeiouysxzhgc])es$|(?<=[^aeiouytd])ed$|(?<=[^laeiouy])e$");

	private static final Pattern LEADING_Y = Pattern.compile("^y");

	private static final Pattern VOWEL_GROUP = Pattern.compile("[aeiouy]+");

	private static final Pattern TWO_SYLLABLE_PAIR = Pattern.compile("(?<![tsc])i[aou](?!us)|(?<=s)iu|eo");

	private ReadingGrade() {
	}

	public record Measure(int words, int sentences, int syllables) {

		public double grade() {
			if (this.words == 0) {
				return 0;
			}
			return 0.39 * this.words / this.sentences + 11.8 * this.syllables / this.words - 15.59;
		}

	}

	/**
	 * The words of {@code text} as {@link #measure} counts them, without the syllables
	 * that make a full measure several times costlier: the word-count rule checks every
	 * article at every load.
	 */
	public static int words(String text) {
		// A scan instead of the WORD pattern, which was a tenth of a 10,000-article load:
		// a word starts at each run of letters and digits, unless one apostrophe or
		// hyphen joins the run to the one before.
		int words = 0;
		for (int i = 0; i < text.length(); i++) {
			if (isWordChar(text.charAt(i)) && (i == 0 || !isWordChar(text.charAt(i - 1)))
					&& !(i >= 2 && isJoiner(text.charAt(i - 1)) && isWordChar(text.charAt(i - 2)))) {
				words++;
			}
		}
		return words;
	}

	private static boolean isWordChar(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
	}

	private static boolean isJoiner(char c) {
		return c == '\'' || c == '’' || c == '-';
	}

	public static Measure measure(String text) {
		int words = 0;
		int sentences = 0;
		int syllables = 0;
		for (String line : text.split("\n")) {
			if (line.isBlank()) {
				continue;
			}
			Matcher word = WORD.matcher(line);
			int lineWords = 0;
			while (word.find()) {
				lineWords++;
				syllables += syllables(word.group());
			}
			if (lineWords == 0) {
				continue;
			}
			words += lineWords;
			int ends = (int) SENTENCE_END.matcher(line).results().count();
			boolean closed = CLOSED_LINE.matcher(line.strip()).matches();
			sentences += Math.max(1, ends + (closed ? 0 : 1));
		}
		return new Measure(words, Math.max(1, sentences), syllables);
	}

	static int syllables(String word) {
		// Patterns compiled once: this runs for every word of every article at load.
		String w = NOT_A_LETTER.matcher(word.toLowerCase(Locale.ROOT)).replaceAll("");
		if (w.length() <= 3) {
			return 1;
		}
		// Silent endings: "makes", "tired", "cure" (but not "stretches", "rested" or
		// "muscle").
		w = LEADING_Y.matcher(SILENT_ENDING.matcher(w).replaceAll("")).replaceAll("");
		int count = (int) VOWEL_GROUP.matcher(w).results().count();
		// Vowel pairs that are usually two syllables, as in "magnesium" and "video", but
		// not "-tion" or "-cious".
		count += (int) TWO_SYLLABLE_PAIR.matcher(w).results().count();
		return Math.max(1, count);
	}

}
