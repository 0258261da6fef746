package org.crampguide.content;

/**
 * A problem in one content file, pointing a writer at the file, the line and the field to
 * fix.
 *
 * @param file the file as the writer knows it ({@code content/articles/causes/x.md})
 * @param line the 1-based line number in that file
 * @param field the front matter field or body element at fault
 * @param message what is wrong, in plain words
 */
public record ContentError(String file, int line, String field, String message) {

	@Override
	public String toString() {
		return this.file + ":" + this.line + ": " + this.field + ": " + this.message;
	}

}
