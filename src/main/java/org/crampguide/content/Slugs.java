package org.crampguide.content;

import java.util.regex.Pattern;

/**
 * The shapes of names in URLs: slugs, tags and alias paths.
 */
public final class Slugs {

	/** Lowercase ASCII letters and digits, joined by single hyphens. */
	// Possessive quantifiers: a greedy repeated group recurses once per repetition, so a
	// value of 50,000 segments would overflow the stack.
	public static final Pattern SLUG = Pattern.compile("[a-z0-9]++(?:-[a-z0-9]++)*+");

	private static final Pattern ALIAS = Pattern.compile("(?:/[A-Za-z0-9._~-]++)++");

	private Slugs() {
	}

	public static boolean isSlug(String value) {
		return value != null && SLUG.matcher(value).matches();
	}

	public static boolean isAliasPath(String value) {
		return value != null && ALIAS.matcher(value).matches() && !value.contains("/../") && !value.endsWith("/..");
	}

}
