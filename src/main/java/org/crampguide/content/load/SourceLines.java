package org.crampguide.content.load;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Finds the line of a file that a problem found after parsing points to, so that even
 * whole-site checks (links, aliases, related picks) name a line a writer can jump to.
 */
final class SourceLines {

	private SourceLines() {
	}

	/**
	 * @param files the content tree, keyed by path relative to {@code content/}
	 * @param file the file as shown to writers ({@code content/articles/causes/x.md})
	 * @param text what to look for
	 * @return the first 1-based line containing {@code text}, or 1
	 */
	static int lineOf(Map<String, byte[]> files, String file, String text) {
		byte[] bytes = files.get(file.substring("content/".length()));
		if (bytes != null) {
			String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n", -1);
			for (int i = 0; i < lines.length; i++) {
				if (lines[i].contains(text)) {
					return i + 1;
				}
			}
		}
		return 1;
	}

}
