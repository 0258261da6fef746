package org.crampguide.content.load;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Telling a title in title case ("Why Muscles Cramp During Sleep") from one in sentence
 * case.
 */
class TitleAndSummaryRulesTests {

	@Test
	void findsFourOrMoreLongWordsAllCapitalised() {
		assertThat(TitleAndSummaryRules.isTitleCase("Why Muscles Cramp During Sleep")).isTrue();
		assertThat(TitleAndSummaryRules.isTitleCase("Why muscles cramp during sleep")).isFalse();
		assertThat(TitleAndSummaryRules.isTitleCase("Night Cramps In Pregnancy")).isFalse();
		assertThat(TitleAndSummaryRules.isTitleCase("\"Charley-Horse\" Ökonomie Über Ärzte")).isTrue();
	}

	/**
	 * The scan agrees with splitting at whitespace and stripping what is not a letter.
	 */
	@Property(tries = 3000)
	void agreesWithThePatternsItReplaced(@ForAll("titles") String title) {
		assertThat(TitleAndSummaryRules.isTitleCase(title)).isEqualTo(byPatterns(title));
	}

	@Provide
	Arbitrary<String> titles() {
		return Arbitraries
			.of("a", "B", "é", "É", "\uD835\uDC00", "\uD835\uDC1A", "ǅ", "1", "-", "'", " ", "\t", "\n", "\u00A0",
					"\u2003", "\u000B")
			.list()
			.ofMaxSize(24)
			.map((parts) -> String.join("", parts));
	}

	private static boolean byPatterns(String title) {
		int longWords = 0;
		int capitalised = 0;
		for (String word : title.split("\\s+")) {
			String letters = word.replaceAll("[^\\p{L}]", "");
			if (letters.length() >= 4) {
				longWords++;
				if (Character.isUpperCase(letters.codePointAt(0))) {
					capitalised++;
				}
			}
		}
		return longWords >= 4 && capitalised == longWords;
	}

}
