package org.crampguide.content;

import java.util.Set;

/**
 * The paths the site answers itself, whatever the content says: the one list used by the
 * loader (no page may take them), the canonical-path filter (never redirected) and the
 * link check (links to them resolve).
 */
public final class SitePaths {

	/** Single-segment pages of the site's own, which links may point to. */
	public static final Set<String> PAGES = Set.of("/", "/sitemap.xml", "/feed.xml", "/robots.txt", "/a-z", "/search",
			"/opensearch.xml");

	/** First path segments the site owns; no content page may use them as its slug. */
	public static final Set<String> RESERVED = Set.of("images", "css", "js", "assets", "actuator", "error", "share",
			"sitemap", "sitemaps", "feed", "robots", "search", "static", "a-z", "opensearch.xml", "_editor", "page");

	/** Prefixes of technical paths that keep their exact spelling (no case folding). */
	private static final Set<String> TECHNICAL = Set.of("/actuator", "/images/", "/css/", "/js/", "/error");

	private SitePaths() {
	}

	public static boolean isReserved(String slug) {
		return RESERVED.contains(slug);
	}

	public static boolean isTechnical(String path) {
		return TECHNICAL.stream().anyMatch(path::startsWith);
	}

}
