package org.crampguide.content.load;

/**
 * A content file split into its YAML front matter and its Markdown body.
 *
 * @param yaml the text between the two {@code ---} lines
 * @param body the Markdown after the closing {@code ---}
 * @param bodyFirstLine the 1-based file line on which the body starts
 */
record FrontMatterSplit(String yaml, String body, int bodyFirstLine) {

	private static final String FENCE = "---";

	/** Splits {@code text}, or returns {@code null} when it has no front matter block. */
	static FrontMatterSplit split(String text) {
		String normalized = text.replace("\r\n", "\n");
		if (normalized.startsWith("\uFEFF")) {
			normalized = normalized.substring(1);
		}
		// Line by line through indexes, not split and joined again: this runs for every
		// file of every load.
		int end = lineEnd(normalized, 0);
		if (!isFence(normalized, 0, end)) {
			return null;
		}
		int yamlStart = Math.min(end + 1, normalized.length());
		for (int line = 2, start = end + 1; start <= normalized.length(); line++, start = end + 1) {
			end = lineEnd(normalized, start);
			if (isFence(normalized, start, end)) {
				String yaml = (start > yamlStart) ? normalized.substring(yamlStart, start - 1) : "";
				String body = (end < normalized.length()) ? normalized.substring(end + 1) : "";
				return new FrontMatterSplit(yaml, body, line + 1);
			}
		}
		return null;
	}

	private static int lineEnd(String text, int start) {
		int newline = text.indexOf('\n', start);
		return (newline < 0) ? text.length() : newline;
	}

	private static boolean isFence(String text, int start, int end) {
		return text.substring(start, end).strip().equals(FENCE);
	}

}
