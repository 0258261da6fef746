package org.crampguide.content.load;

import java.util.Arrays;

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
		String[] lines = normalized.split("\n", -1);
		if (lines.length == 0 || !lines[0].strip().equals(FENCE)) {
			return null;
		}
		for (int i = 1; i < lines.length; i++) {
			if (lines[i].strip().equals(FENCE)) {
				String yaml = String.join("\n", Arrays.copyOfRange(lines, 1, i));
				String body = String.join("\n", Arrays.copyOfRange(lines, i + 1, lines.length));
				return new FrontMatterSplit(yaml, body, i + 2);
			}
		}
		return null;
	}

}
