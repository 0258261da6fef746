package org.crampguide.markdown.figure;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The brace block after a figure image. It is read from the source text, so quote marks
 * are never curled by the typographic extension and {@code &} and {@code <} arrive as
 * written. flexmark-ext-attributes reads such values too, but was tried and dropped: it
 * also turns a brace block after any element into HTML attributes.
 */
class FigureSyntaxTests {

	@Test
	void readsValuesAsWrittenWithApostrophesAmpersandsAndAngleBrackets() {
		assertThat(FigureSyntax.parseAttributes("{credit=\"O'Neil & Co <studio>\" license=\"CC BY 4.0\"}"))
			.containsExactly(Map.entry("credit", "O'Neil & Co <studio>"), Map.entry("license", "CC BY 4.0"));
	}

	@Test
	void stripsValuesAndAllowsSpaceInsideTheBraces() {
		assertThat(FigureSyntax.parseAttributes("{ credit=\" Jo \"   source=\"https://x.org/?a=1&b=2\" }"))
			.containsExactly(Map.entry("credit", "Jo"), Map.entry("source", "https://x.org/?a=1&b=2"));
	}

	@Test
	void readsTwentyThousandPairsWithoutOverflowingTheStack() {
		String block = "{" + " a=\"b\"".repeat(20_000) + "}";
		assertThat(FigureSyntax.parseAttributes(block)).containsExactly(Map.entry("a", "b"));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			single-quoted value    | {credit='Jo'}
			double quote in value  | {credit="Jo "the" Smith"}
			curly quotes           | {credit=“Jo”}
			text after the braces  | {credit="Jo"} and more
			no braces              | credit="Jo"
			""")
	void refusesAnythingButOneBlockOfDoubleQuotedValues(String rule, String text) {
		assertThat(FigureSyntax.parseAttributes(text)).isNull();
	}

}
