package org.crampguide.content;

/**
 * A problem in one content file, pointing a writer at the file, the line and the field to
 * fix.
 *
 * @param file the file as the writer knows it ({@code content/articles/causes/x.md})
 * @param line the 1-based line number in that file
 * @param field the front matter field or body element at fault ({@code source 1} for the
 * first entry of {@code sources})
 * @param message what is wrong, in plain words
 * @param hint how to fix it when the message alone does not say, such as the nearest
 * existing name; {@code null} otherwise
 */
public record ContentError(String file, int line, String field, String message, String hint) {

	/** An error whose message says how to fix it. */
	public ContentError(String file, int line, String field, String message) {
		this(file, line, field, message, null);
	}

	/** The error without its file, as a page about that file lists it. */
	public String summary() {
		return this.field + " (line " + this.line + "): " + this.message
				+ ((this.hint != null) ? "; " + this.hint : "");
	}

	@Override
	public String toString() {
		return this.file + ":" + this.line + ": " + this.field + ": " + this.message
				+ ((this.hint != null) ? "; " + this.hint : "");
	}

}
