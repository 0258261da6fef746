package org.crampguide.pages;

/**
 * How long browsers and CDNs may keep a response, by kind of resource.
 */
public enum CachePolicy {

	/**
	 * Pages: long enough for a CDN to absorb traffic, short enough that an edit shows up
	 * within minutes. Also the unfingerprinted asset URLs, which old pages may still use.
	 */
	PAGE("public, max-age=300"),

	/** Images and link previews, whose URLs stay the same when they change. */
	MEDIA("public, max-age=86400"),

	/** Fingerprinted assets: the URL changes whenever the bytes do. */
	IMMUTABLE("public, max-age=31536000, immutable");

	private final String header;

	CachePolicy(String header) {
		this.header = header;
	}

	/** The {@code Cache-Control} header value. */
	public String header() {
		return this.header;
	}

}
