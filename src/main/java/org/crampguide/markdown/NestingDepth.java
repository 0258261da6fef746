package org.crampguide.markdown;

/**
 * Finds Markdown nested deeper than any article needs, in one linear pass before Flexmark
 * sees it. Flexmark's parser and renderer recurse once per level of block quotes, lists,
 * emphasis and links, so an article with 10,000 levels overflows the stack of whatever
 * thread loads it. Bounding the depth up front, rather than parsing on a thread with a
 * huge stack, keeps the cost of a hostile file at one scan and makes the error a writer
 * can act on ("nested N levels deep; the limit is M"). The scan errs on the deep side: it
 * counts every container marker and indentation step, so it may call a list deeper than
 * Flexmark would, never shallower.
 */
final class NestingDepth {

	/**
	 * Far beyond any article (they use two or three levels), far below a 512 KB stack.
	 */
	static final int LIMIT = 32;

	private NestingDepth() {
	}

	/**
	 * The deepest place {@code markdown} is nested beyond {@link #LIMIT}, or {@code null}
	 * when it stays within it.
	 */
	static MarkdownProblem check(String markdown) {
		String[] lines = markdown.split("\n", -1);
		InlineDepth inline = new InlineDepth();
		MarkdownProblem deepest = null;
		int deepestDepth = LIMIT;
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i];
			if (line.isBlank() || startsListItem(line)) {
				inline = new InlineDepth();
			}
			int blocks = blockDepth(line);
			if (blocks > deepestDepth) {
				deepestDepth = blocks;
				deepest = tooDeep(i, blocks, "block quotes and lists");
			}
			inline.scan(line);
			if (inline.deepest() > deepestDepth) {
				deepestDepth = inline.deepest();
				deepest = tooDeep(i, deepestDepth, "emphasis, links and images");
			}
		}
		return deepest;
	}

	private static MarkdownProblem tooDeep(int line, int depth, String what) {
		return new MarkdownProblem(line, "nesting",
				what + " are nested " + depth + " levels deep; the limit is " + LIMIT);
	}

	/**
	 * Block quote markers, list markers and indentation steps (two columns, the narrowest
	 * list nesting) in the line's leading container prefix; the one space after each
	 * marker is part of the marker.
	 */
	static int blockDepth(String line) {
		int depth = 0;
		int columns = 0;
		int i = 0;
		while (i < line.length()) {
			char c = line.charAt(i);
			if (c == ' ') {
				columns++;
				i++;
			}
			else if (c == '\t') {
				columns += 4;
				i++;
			}
			else if (c == '>') {
				depth++;
				i = skipOneSpace(line, i + 1);
			}
			else {
				int marker = listMarkerEnd(line, i);
				if (marker < 0) {
					break;
				}
				depth++;
				i = skipOneSpace(line, marker);
			}
		}
		return depth + columns / 2;
	}

	/** The space after a marker belongs to the marker, not to indentation. */
	private static int skipOneSpace(String line, int i) {
		return (i < line.length() && line.charAt(i) == ' ') ? i + 1 : i;
	}

	/** A list item starts a new paragraph, so emphasis cannot reach into it. */
	private static boolean startsListItem(String line) {
		int i = 0;
		while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t' || line.charAt(i) == '>')) {
			i++;
		}
		return i < line.length() && listMarkerEnd(line, i) > 0;
	}

	/**
	 * Where a list marker at {@code i} ends ({@code -}, {@code +}, {@code *}, {@code 1.},
	 * {@code 1)}), or -1.
	 */
	private static int listMarkerEnd(String line, int i) {
		int end = i;
		char c = line.charAt(i);
		if (c == '-' || c == '+' || c == '*') {
			end = i + 1;
		}
		else {
			while (end < line.length() && end - i < 9 && Character.isDigit(line.charAt(end))) {
				end++;
			}
			if (end == i || end >= line.length() || (line.charAt(end) != '.' && line.charAt(end) != ')')) {
				return -1;
			}
			end++;
		}
		boolean followedBySpace = end == line.length() || line.charAt(end) == ' ' || line.charAt(end) == '\t';
		return followedBySpace ? end : -1;
	}

}
