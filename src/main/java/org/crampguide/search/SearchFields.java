package org.crampguide.search;

import java.util.Map;

/**
 * The fields of a search document and how much a match in each counts. A title match
 * outweighs the same words deep in a body.
 */
final class SearchFields {

	static final String PATH = "path";

	static final String SECTION = "section";

	static final String SECTION_TITLE = "sectionTitle";

	static final String TITLE = "title";

	static final String SUMMARY = "summary";

	static final String HEADINGS = "headings";

	static final String TAGS = "tags";

	static final String BODY = "body";

	/** Unstemmed words of every text field: the vocabulary "Did you mean" draws on. */
	static final String SPELLING = "spelling";

	/** Unstemmed title words, for suggestions as you type. */
	static final String TITLE_WORDS = "titleWords";

	/** The ranked fields and their boosts. */
	static final Map<String, Float> BOOSTS = Map.of(TITLE, 5f, SUMMARY, 2.5f, HEADINGS, 2f, TAGS, 2f, SECTION_TITLE, 1f,
			BODY, 1f);

	private SearchFields() {
	}

}
