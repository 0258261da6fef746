package org.crampguide.search;

/**
 * A reader's query made safe to search: control characters become spaces, white space is
 * collapsed, and anything past {@link #MAX_LENGTH} characters is cut (the page says so).
 *
 * @param text the cleaned text, possibly empty
 * @param shortened whether the original was longer than {@link #MAX_LENGTH}
 */
record SearchQuery(String text, boolean shortened) {

	static final int MAX_LENGTH = 200;

	static SearchQuery of(String raw) {
		if (raw == null) {
			return new SearchQuery("", false);
		}
		String clean = raw.replaceAll("[\\p{Cc}\\p{Cf}\\p{Cs}\\p{Co}\\p{Cn}]", " ").replaceAll("\\s+", " ").strip();
		boolean shortened = clean.codePointCount(0, clean.length()) > MAX_LENGTH;
		if (shortened) {
			clean = clean.substring(0, clean.offsetByCodePoints(0, MAX_LENGTH)).strip();
		}
		return new SearchQuery(clean, shortened);
	}

	boolean isEmpty() {
		return this.text.isEmpty();
	}

}
