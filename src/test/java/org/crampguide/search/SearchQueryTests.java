package org.crampguide.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reader input is cleaned before it is searched, never parsed as query syntax.
 */
class SearchQueryTests {

	@Test
	void turnsControlCharactersIntoSpaces() {
		assertThat(SearchQuery.of("leg\u0000cramp\u0007\r\n at\u200Bnight").text()).isEqualTo("leg cramp at night");
	}

	@Test
	void cutsLongQueriesAndSaysSo() {
		SearchQuery query = SearchQuery.of("cramp ".repeat(2000));
		assertThat(query.shortened()).isTrue();
		assertThat(query.text().length()).isLessThanOrEqualTo(SearchQuery.MAX_LENGTH);
		assertThat(SearchQuery.of("night cramps").shortened()).isFalse();
	}

	@Test
	void neverSplitsACharacterWhenCutting() {
		SearchQuery query = SearchQuery.of("😀".repeat(300));
		assertThat(query.text().codePointCount(0, query.text().length())).isEqualTo(SearchQuery.MAX_LENGTH);
		assertThat(Character.isHighSurrogate(query.text().charAt(query.text().length() - 1))).isFalse();
	}

	@Test
	void treatsQuerySyntaxAsPlainWords() {
		SearchIndex index = BundledIndex.get();
		for (String hostile : new String[] { "title:*", "a AND (", "\\\\", "*", "\"", "cramp~2", "+-&&||!(){}[]^~*?:/",
				"<mark>x</mark>" }) {
			SearchResults results = index.search(SearchQuery.of(hostile).text(), null, 1);
			assertThat(results.total()).as(hostile).isGreaterThanOrEqualTo(0);
		}
		assertThat(index.search("title:*", null, 1).total()).isLessThan(index.snapshot().publishedArticles().size());
	}

	@Test
	void cleansNothingAwayFromAnEmptyQuery() {
		assertThat(SearchQuery.of(null).isEmpty()).isTrue();
		assertThat(SearchQuery.of(" \t ").isEmpty()).isTrue();
	}

}
