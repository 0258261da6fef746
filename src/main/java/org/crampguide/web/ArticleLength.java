package org.crampguide.web;

import org.crampguide.markdown.RenderedBody;

/**
 * Whether an article is long enough that a reader at its end wants a "Back to top" link:
 * decided from the rendered body when the page is built, so it needs no script.
 */
final class ArticleLength {

	/** About three phone screens of text. */
	static final int LONG_WORDS = 700;

	/** Four or more sections make the "On this page" list worth returning to. */
	static final int LONG_SECTIONS = 4;

	private ArticleLength() {
	}

	static boolean needsBackToTop(RenderedBody body) {
		String text = body.text().strip();
		int words = text.isEmpty() ? 0 : text.split("\\s+").length;
		return words >= LONG_WORDS || body.sectionHeadings().size() >= LONG_SECTIONS;
	}

}
