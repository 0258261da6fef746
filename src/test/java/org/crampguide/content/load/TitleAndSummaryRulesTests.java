package org.crampguide.content.load;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
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
		boolean titleCase = TitleAndSummaryRules.isTitleCase(title);
		assertThat(titleCase).isEqualTo(byPatterns(title));
		Statistics.label("title case").collect(titleCase).coverage((coverage) -> {
			coverage.check(true).percentage((percent) -> percent > 10);
			coverage.check(false).percentage((percent) -> percent > 10);
		});
	}

	/**
	 * Words (capitalised or not, long or short, with accents, a title-case letter, a
	 * letter outside the BMP, digits and punctuation) between every kind of whitespace.
	 */
	@Provide
	Arbitrary<String> titles() {
		Arbitrary<String> word = Arbitraries.frequencyOf(
				Tuple.of(6, Arbitraries.of("Muscle", "Éclair", "\uD835\uDC00bcd", "\"Night's\"", "Über-all", "Calf")),
				Tuple.of(1, Arbitraries.of("cramp", "\uD835\uDC1Abcd", "ǅemal")),
				Tuple.of(3, Arbitraries.of("Ab1c", "Leg", "ÖL", "1234", "-", "")));
		Arbitrary<String> space = Arbitraries.of(" ", "\t", "\n", "\u000B", "\f", "\r", "\u00A0", "\u2003", "  ");
		return Combinators.combine(word, space)
			.as((w, s) -> w + s)
			.list()
			.ofMinSize(4)
			.ofMaxSize(8)
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
