package org.crampguide.search;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What readers type, in their own words, against the real articles: each query must find
 * the article that answers it among the first three results.
 */
class SearchRelevanceTests {

	@ParameterizedTest(name = "\"{0}\" finds {1}")
	@CsvSource(delimiter = '|', textBlock = """
			charley horse at night          | /causes/night-leg-cramps
			leg cramps in bed               | /causes/night-leg-cramps
			tonic water                     | /treatments/quinine
			quinine side effects            | /treatments/quinine
			cramp when pregnant             | /risk-factors/pregnancy
			hand cramp writing              | /symptoms/writers-cramp
			water pills                     | /causes/medicines-that-cause-cramps
			statins cramps                  | /causes/medicines-that-cause-cramps
			period pain                     | /symptoms/stomach-and-period-cramps
			motor neurone disease           | /risk-factors/ms-and-motor-neurone-disease
			ALS                             | /risk-factors/ms-and-motor-neurone-disease
			hypocalcaemia                   | /causes/low-minerals-and-cramps
			haemodialysis                   | /risk-factors/kidney-and-liver-disease
			kids leg pain at night          | /risk-factors/children-and-growing-pains
			eyelid twitch                   | /symptoms/muscle-twitching
			stop a cramp fast               | /treatments/stop-a-cramp-now
			stretches before bed            | /prevention/bedtime-stretches
			magnesium tablets               | /treatments/magnesium-and-supplements
			Mg                              | /treatments/magnesium-and-supplements
			does pickle juice work          | /prevention/myths
			cramp after running             | /treatments/after-an-exercise-cramp
			hot weather cramps              | /causes/heat-cramps
			drinking too much water         | /causes/drinking-too-much-water
			older people cramps             | /risk-factors/older-adults
			alcohol cramps                  | /causes/alcohol-and-cramps
			diabetes cramps                 | /risk-factors/diabetes-and-nerve-damage
			fingers lock when breathing fast | /symptoms/hand-spasms-when-breathing-fast
			lump behind knee                | /symptoms/pulled-muscle-or-bakers-cyst
			what does a cramp feel like     | /symptoms/what-a-cramp-feels-like
			tight cast pain                 | /symptoms/compartment-syndrome
			heat exhaustion                 | /treatments/heat-illness-first-aid
			doctor tests for cramps         | /treatments/how-doctors-diagnose-cramps
			heat or ice                     | /treatments/heat-ice-and-massage
			is it a cramp or a clot         | /symptoms/cramp-or-something-else
			tetany                          | /symptoms/spasm-spasticity-tetany
			""")
	void findsTheAnsweringArticleInTheTopThree(String query, String article) {
		List<String> top = BundledIndex.get()
			.search(query, null, 1)
			.hits()
			.stream()
			.limit(3)
			.map((hit) -> hit.article().path())
			.toList();
		assertThat(top).as("top three for \"" + query + "\"").contains(article);
	}

}
