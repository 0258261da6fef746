package org.crampguide.content;

/**
 * What a content error did to its file, so a writer knows what readers see now: the file
 * is still served (an editorial or cross-reference problem), its last good version is
 * served instead, or it is left out because it never had a good version.
 */
public enum ErrorOutcome {

	/** The file is served as it is now, despite the problem. */
	STILL_SERVED("still served"),

	/** The file broke; readers see the version from before the edit. */
	LAST_GOOD_VERSION_KEPT("last good version kept"),

	/** The file broke and had no good version before, so it is not on the site. */
	LEFT_OUT("left out (no good version yet)");

	private final String words;

	ErrorOutcome(String words) {
		this.words = words;
	}

	/** The outcome as log lines and the editor's view say it. */
	public String words() {
		return this.words;
	}

}
