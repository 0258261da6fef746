package org.crampguide.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The project's own Flesch-Kincaid grade.
 */
class ReadingGradeTests {

	@ParameterizedTest
	@CsvSource({ "cat, 1", "the, 1", "water, 2", "muscle, 2", "stretches, 2", "cramping, 2", "medicine, 3",
			"magnesium, 4", "electrolytes, 4", "dehydration, 4", "make, 1", "rested, 2" })
	void countsSyllables(String word, int expected) {
		assertThat(ReadingGrade.syllables(word)).isEqualTo(expected);
	}

	@Test
	void countsAHyphenatedWordOfFiftyThousandPartsWithoutOverflowingTheStack() {
		assertThat(ReadingGrade.measure("a-".repeat(50_000) + "a").words()).isEqualTo(1);
	}

	@Test
	void countsWordsAndSentencesTreatingEachLineAsClosingOne() {
		ReadingGrade.Measure measure = ReadingGrade.measure("What helps\nStretch the calf. Hold it! Then rest\n");
		assertThat(measure.words()).isEqualTo(9);
		assertThat(measure.sentences()).isEqualTo(4);
	}

	@ParameterizedTest(name = "\"{0}\" has {1} words")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			"What helps\nStretch the calf's muscle. Hold it! Then rest\n\n- 10 seconds, twice" | 13
			"a-b-c d’e"                   | 2
			"a--b 'quoted' -lead trail-"  | 5
			"a-'b x'-y"                   | 4
			"café naïve"                  | 3
			"  "                          | 0
			""")
	void countsWordsAloneAsTheFullMeasureDoes(String escaped, int expected) {
		String text = escaped.replace("\\n", "\n");
		assertThat(ReadingGrade.words(text)).isEqualTo(ReadingGrade.measure(text).words()).isEqualTo(expected);
	}

	@Test
	void scoresPlainShortSentencesLowAndDenseOnesHigh() {
		double plain = ReadingGrade.measure("The cat sat on the mat. It was a good day.").grade();
		double dense = ReadingGrade.measure(
				"Pharmacological interventions demonstrate inconsistent efficacy in randomized controlled evaluations.")
			.grade();
		assertThat(plain).isCloseTo(-1.645, within(0.01));
		assertThat(dense).isGreaterThan(15);
	}

}
