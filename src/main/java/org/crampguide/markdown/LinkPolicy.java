package org.crampguide.markdown;

import java.util.Locale;

/**
 * Which link targets a body may use: https, http, mailto, fragments and site-relative
 * paths. Anything else ({@code javascript:}, {@code data:}, protocol-relative
 * {@code //host}) could run code or leave the site unseen.
 */
final class LinkPolicy {

	private LinkPolicy() {
	}

	static boolean isAllowed(String url) {
		String lower = url.strip().toLowerCase(Locale.ROOT);
		return lower.startsWith("https://") || lower.startsWith("http://") || lower.startsWith("mailto:")
				|| lower.startsWith("#") || isSitePath(lower);
	}

	static boolean isSitePath(String url) {
		return url.startsWith("/") && !url.startsWith("//") && !url.contains("\\");
	}

}
