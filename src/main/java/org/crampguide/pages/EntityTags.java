package org.crampguide.pages;

/**
 * {@code If-None-Match} against a stored page's tags. The comparison is weak, as RFC 9110
 * asks for this header: {@code W/"x"} matches {@code "x"}.
 */
final class EntityTags {

	private EntityTags() {
	}

	/** The tag in {@code header} that matches one of the page's, or {@code null}. */
	static String match(String header, StoredPage page) {
		if (header == null) {
			return null;
		}
		for (String candidate : header.split(",")) {
			String tag = candidate.trim();
			if (tag.equals("*")) {
				return page.etag();
			}
			if (tag.startsWith("W/")) {
				tag = tag.substring(2);
			}
			if (tag.equals(page.etag()) || tag.equals(page.gzipEtag())) {
				return tag;
			}
		}
		return null;
	}

}
