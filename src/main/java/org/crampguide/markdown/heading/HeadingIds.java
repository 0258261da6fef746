package org.crampguide.markdown.heading;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Stable fragment ids from heading text: the same text always gives the same id, and
 * repeats on one page get {@code -2}, {@code -3} so that every id stays unique. Shared
 * links depend on these never changing.
 */
final class HeadingIds {

	private static final Pattern ACCENTS = Pattern.compile("\\p{M}");

	private final Map<String, Integer> seen = new HashMap<>();

	String idFor(String text) {
		String base = slugify(text);
		int count = this.seen.merge(base, 1, Integer::sum);
		return (count == 1) ? base : base + "-" + count;
	}

	/**
	 * Lower-case ASCII letters and digits, other runs as one hyphen, apostrophes dropped
	 * ("don't" gives "dont"), accents removed. A scan, with the Unicode normalisation
	 * only for text that needs it: patterns here were a twentieth of parsing a body.
	 */
	static String slugify(String text) {
		String ascii = isAscii(text) ? text
				: ACCENTS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
		String lower = ascii.toLowerCase(Locale.ROOT);
		StringBuilder slug = new StringBuilder(lower.length());
		boolean gap = false;
		for (int i = 0; i < lower.length(); i++) {
			char c = lower.charAt(i);
			if (c == '\'' || c == '\u2019') {
				continue;
			}
			if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
				if (gap && !slug.isEmpty()) {
					slug.append('-');
				}
				gap = false;
				slug.append(c);
			}
			else {
				gap = true;
			}
		}
		return slug.isEmpty() ? "section" : slug.toString();
	}

	private static boolean isAscii(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) >= 0x80) {
				return false;
			}
		}
		return true;
	}

}
