package org.crampguide.search;

import java.util.List;

import org.crampguide.markdown.CalloutKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A query that names a danger sign shows that sign's callout first, at its registered
 * level and in its registered words, with the red-flags article; ordinary questions show
 * none.
 */
class CareSignMatcherTests {

	@ParameterizedTest(name = "\"{0}\" shows {1}")
	@CsvSource(delimiter = '|', textBlock = """
			chest pain with leg swelling | EMERGENCY | lung
			dark urine after exercise    | EMERGENCY | dark urine
			stiff jaw after a wound      | EMERGENCY | stiff jaw
			confusion in the heat        | EMERGENCY | heat stroke
			swollen leg                  | URGENT    | blood clot (DVT)
			""")
	void showsTheSignAtItsLevelFirst(String query, CalloutKind kind, String wording) {
		List<CareCallout> callouts = BundledIndex.get().search(query, null, 1).callouts();
		assertThat(callouts).isNotEmpty();
		CareCallout first = callouts.get(0);
		assertThat(first.kind()).isEqualTo(kind);
		assertThat(first.signs()).anySatisfy((sign) -> assertThat(sign).contains(wording));
		assertThat(first.heading().text()).startsWith(kind == CalloutKind.EMERGENCY ? "Call 911" : "Get medical");
		assertThat(first.checklistPath()).isEqualTo("/symptoms/red-flags");
	}

	@Test
	void putsEmergencySignsBeforeUrgentOnes() {
		List<CareCallout> callouts = BundledIndex.get().callouts("chest pain with leg swelling");
		assertThat(callouts).extracting(CareCallout::kind).containsExactly(CalloutKind.EMERGENCY, CalloutKind.URGENT);
	}

	@ParameterizedTest
	@CsvSource({ "how to stop a cramp", "stretches before bed", "magnesium", "cramp when pregnant",
			"how to ease a cramp" })
	void showsNoCalloutForOrdinaryQuestions(String query) {
		assertThat(BundledIndex.get().callouts(query)).isEmpty();
	}

}
