package org.crampguide.search;

import java.util.Collections;
import java.util.LinkedHashMap;
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

	/**
	 * The ranked fields and their boosts, in a fixed order: queries are built by walking
	 * it, and {@code Map.of} would order it by a seed chosen at each start, so two
	 * instances could sum scores in another order and swap tied results.
	 */
	static final Map<String, Float> BOOSTS = boosts();

	private static Map<String, Float> boosts() {
		Map<String, Float> boosts = new LinkedHashMap<>();
		boosts.put(TITLE, 5f);
		boosts.put(SUMMARY, 2.5f);
		boosts.put(HEADINGS, 2f);
		boosts.put(TAGS, 2f);
		boosts.put(SECTION_TITLE, 1f);
		boosts.put(BODY, 1f);
		return Collections.unmodifiableMap(boosts);
	}

	private SearchFields() {
	}

}
