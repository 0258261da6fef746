package org.crampguide.markdown.heading;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Stable fragment ids from heading text: the same text always gives the same id, and
 * repeats on one page get {@code -2}, {@code -3} so that every id stays unique. Shared
 * links depend on these never changing.
 */
final class HeadingIds {

	private final Map<String, Integer> seen = new HashMap<>();

	String idFor(String text) {
		String base = slugify(text);
		int count = this.seen.merge(base, 1, Integer::sum);
		return (count == 1) ? base : base + "-" + count;
	}

	static String slugify(String text) {
		String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
		String slug = ascii.toLowerCase(Locale.ROOT)
			.replace('\u2019', '\'')
			.replace("'", "")
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("^-+|-+$", "");
		return slug.isEmpty() ? "section" : slug;
	}

}
