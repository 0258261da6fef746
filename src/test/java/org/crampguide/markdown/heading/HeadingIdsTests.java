package org.crampguide.markdown.heading;

import java.text.Normalizer;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class HeadingIdsTests {

	@Test
	void givesLowerCaseWordsJoinedByHyphens() {
		assertThat(HeadingIds.slugify("When to get help")).isEqualTo("when-to-get-help");
		assertThat(HeadingIds.slugify("Don't stretch: why?")).isEqualTo("dont-stretch-why");
		assertThat(HeadingIds.slugify("Café crème \u2014 B12")).isEqualTo("cafe-creme-b12");
		assertThat(HeadingIds.slugify("!!!")).isEqualTo("section");
	}

	@Test
	void numbersRepeatsOnOnePage() {
		HeadingIds ids = new HeadingIds();
		assertThat(ids.idFor("Causes")).isEqualTo("causes");
		assertThat(ids.idFor("Causes")).isEqualTo("causes-2");
		assertThat(ids.idFor("causes!")).isEqualTo("causes-3");
	}

	/**
	 * Shared links depend on ids never changing: the scan gives what the patterns it
	 * replaced gave.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "", " ", "Heat cramps", "  leading and trailing  ", "it\u2019s a cramp", "rock 'n' roll",
			"Mg\u00b2\u207a and K\u207a", "\u0130stanbul \u00c5ngstr\u00f6m", "na\u00efve co\u00f6perate", "\ufb01ne",
			"\u65e5\u672c\u8a9e", "A--B__C", "Tab\tand\nnewline", "50% of adults, 1 in 3", "\u00bd dose",
			"Stra\u00dfe" })
	void givesWhatThePatternsGave(String text) {
		assertThat(HeadingIds.slugify(text)).isEqualTo(patterns(text));
	}

	private static String patterns(String text) {
		String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
		String slug = ascii.toLowerCase(Locale.ROOT)
			.replace('\u2019', '\'')
			.replace("'", "")
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("^-+|-+$", "");
		return slug.isEmpty() ? "section" : slug;
	}

}
