package org.crampguide.markdown;

/**
 * How deep emphasis and link brackets open within one paragraph, line by line. Emphasis
 * follows CommonMark's flanking rules roughly, erring on the deep side: a run of
 * {@code *} or {@code _} after a space or punctuation opens as many levels as it is long
 * (unless a space follows), one after a letter or punctuation and before a space closes
 * them, and one inside a word is left alone, since it pairs with its neighbour.
 */
final class InlineDepth {

	private int emphasis;

	private int brackets;

	private int deepest;

	int deepest() {
		return this.deepest;
	}

	void scan(String line) {
		int i = 0;
		while (i < line.length()) {
			char c = line.charAt(i);
			if (c == '\\') {
				i += 2;
				continue;
			}
			if (c == '*' || c == '_') {
				int end = i;
				while (end < line.length() && line.charAt(end) == c) {
					end++;
				}
				emphasisRun(end - i, (i == 0) ? ' ' : line.charAt(i - 1),
						(end == line.length()) ? ' ' : line.charAt(end));
				i = end;
				continue;
			}
			if (c == '[') {
				this.brackets++;
			}
			else if (c == ']' && this.brackets > 0) {
				this.brackets--;
			}
			this.deepest = Math.max(this.deepest, this.emphasis + this.brackets);
			i++;
		}
	}

	private void emphasisRun(int length, char before, char after) {
		boolean spaceBefore = Character.isWhitespace(before);
		boolean spaceAfter = Character.isWhitespace(after);
		boolean wordBefore = Character.isLetterOrDigit(before);
		boolean wordAfter = Character.isLetterOrDigit(after);
		if (spaceBefore && spaceAfter || wordBefore && wordAfter) {
			return;
		}
		if (spaceAfter || wordBefore) {
			this.emphasis = Math.max(0, this.emphasis - length);
		}
		else {
			this.emphasis += length;
		}
		this.deepest = Math.max(this.deepest, this.emphasis + this.brackets);
	}

}
