package org.crampguide.related;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pure relatedness ranking: editor picks, rare tags, links, text, ties and tiny
 * sites.
 */
class RelatednessScorerTests {

	@Test
	void putsEditorPicksFirstInTheirOrder() {
		ArticleFeatures target = article("/causes/a", "causes", Set.of("legs"), List.of("d", "c"));
		List<ArticleFeatures> all = List.of(target, article("/causes/b", "causes", Set.of("legs"), List.of()),
				article("/treatments/c", "treatments", Set.of(), List.of()),
				article("/prevention/d", "prevention", Set.of(), List.of()));
		assertThat(RelatednessScorer.rank(target, all, 5)).containsExactly("/prevention/d", "/treatments/c",
				"/causes/b");
	}

	@Test
	void ignoresPicksThatDoNotExistOrNameTheArticleItself() {
		ArticleFeatures target = article("/causes/a", "causes", Set.of(), List.of("a", "missing"));
		List<ArticleFeatures> all = List.of(target, article("/causes/b", "causes", Set.of(), List.of()));
		assertThat(RelatednessScorer.rank(target, all, 5)).containsExactly("/causes/b");
	}

	@Test
	void weighsARareSharedTagAboveACommonOne() {
		ArticleFeatures target = article("/x/target", "x", Set.of("common", "rare"), List.of());
		ArticleFeatures sharesCommon = article("/y/common", "y", Set.of("common"), List.of());
		ArticleFeatures sharesRare = article("/y/rare", "y", Set.of("rare"), List.of());
		List<ArticleFeatures> all = List.of(target, sharesCommon, sharesRare,
				article("/z/1", "z", Set.of("common"), List.of()), article("/z/2", "z", Set.of("common"), List.of()));
		assertThat(RelatednessScorer.rank(target, all, 5)).startsWith("/y/rare");
	}

	@Test
	void countsSameSectionLinksAndText() {
		ArticleFeatures target = new ArticleFeatures("/a/t", "t", "a", Set.of(), List.of(), Set.of("/b/linked"),
				Map.of("calf", 1.0));
		ArticleFeatures linked = new ArticleFeatures("/b/linked", "linked", "b", Set.of(), List.of(), Set.of(),
				Map.of());
		ArticleFeatures sameSection = new ArticleFeatures("/a/same", "same", "a", Set.of(), List.of(), Set.of(),
				Map.of());
		ArticleFeatures similarText = new ArticleFeatures("/c/text", "text", "c", Set.of(), List.of(), Set.of(),
				Map.of("calf", 1.0));
		ArticleFeatures unrelated = new ArticleFeatures("/c/other", "other", "c", Set.of(), List.of(), Set.of(),
				Map.of("heat", 1.0));
		assertThat(RelatednessScorer.rank(target, List.of(target, unrelated, sameSection, linked, similarText), 5))
			.containsExactly("/c/text", "/b/linked", "/a/same", "/c/other");
	}

	@Test
	void breaksTiesByPathSoTheOrderNeverChanges() {
		ArticleFeatures target = article("/a/t", "a", Set.of(), List.of());
		List<ArticleFeatures> all = List.of(article("/b/z", "b", Set.of(), List.of()), target,
				article("/b/m", "b", Set.of(), List.of()), article("/b/a", "b", Set.of(), List.of()));
		assertThat(RelatednessScorer.rank(target, all, 5)).containsExactly("/b/a", "/b/m", "/b/z");
		assertThat(RelatednessScorer.rank(target, List.of(all.get(3), all.get(2), all.get(1), all.get(0)), 5))
			.containsExactly("/b/a", "/b/m", "/b/z");
	}

	@Test
	void neverListsTheArticleItselfOrTwiceAndRespectsTheLimit() {
		ArticleFeatures target = article("/a/t", "a", Set.of("legs"), List.of("b1", "b1"));
		List<ArticleFeatures> all = new ArrayList<>(List.of(target));
		for (int i = 1; i <= 8; i++) {
			all.add(article("/b/b" + i, "b", Set.of("legs"), List.of()));
		}
		List<String> ranked = RelatednessScorer.rank(target, all, 5);
		assertThat(ranked).hasSize(5).doesNotHaveDuplicates().doesNotContain("/a/t").startsWith("/b/b1");
	}

	@Test
	void handlesTinySites() {
		ArticleFeatures only = article("/a/only", "a", Set.of("legs"), List.of());
		assertThat(RelatednessScorer.rank(only, List.of(only), 5)).isEmpty();
		ArticleFeatures other = article("/a/other", "a", Set.of(), List.of());
		assertThat(RelatednessScorer.rank(only, List.of(only, other), 5)).containsExactly("/a/other");
	}

	@Test
	void listsAtLeastThreeWhenTheSiteHasFourArticlesEvenWithNothingShared() {
		ArticleFeatures target = article("/a/t", "a", Set.of("x"), List.of());
		List<ArticleFeatures> all = List.of(target, article("/b/1", "b", Set.of("y"), List.of()),
				article("/c/2", "c", Set.of("z"), List.of()), article("/d/3", "d", Set.of("w"), List.of()));
		assertThat(RelatednessScorer.rank(target, all, 5)).hasSize(3);
	}

	@Test
	void computesCosineOfUnitVectors() {
		Map<String, Integer> numbers = Map.of("a", 7, "b", 3, "c", 5);
		TermVector a = TermVector.of(Map.of("a", 1.0), numbers);
		assertThat(a.dot(TermVector.of(Map.of("a", 1.0), numbers))).isEqualTo(1.0);
		assertThat(a.dot(TermVector.of(Map.of("b", 1.0), numbers))).isZero();
		TermVector mixed = TermVector.of(Map.of("a", 0.6, "b", 0.8), numbers);
		assertThat(mixed.dot(TermVector.of(Map.of("b", 0.6, "c", 0.8, "a", 0.0), numbers))).isCloseTo(0.48,
				org.assertj.core.api.Assertions.within(1e-9));
		assertThat(mixed.dot(TermVector.of(Map.of("unknown", 1.0), numbers))).isZero();
	}

	@Test
	void countsLowerCasedRunsOfThreeOrMoreLettersLessStopWords() {
		List<Map<String, Double>> weights = TermWeights
			.of(List.of("Cramps at NIGHT: the calf-muscle and xy, café 3rd", "spasm text"));
		assertThat(weights.get(0)).containsOnlyKeys("cramps", "night", "calf", "muscle", "caf");
		assertThat(weights.get(1)).containsOnlyKeys("spasm", "text");
	}

	@Test
	void weighsTermsByRarityAndNormalises() {
		List<Map<String, Double>> weights = TermWeights.of(List.of("calf calf cramp", "cramp heat", "cramp sleep"));
		assertThat(weights.get(0)).containsOnlyKeys("calf");
		assertThat(weights.get(0).get("calf")).isEqualTo(1.0);
	}

	private static ArticleFeatures article(String path, String section, Set<String> tags, List<String> picks) {
		return new ArticleFeatures(path, path.substring(path.lastIndexOf('/') + 1), section, tags, picks, Set.of(),
				Map.of());
	}

}
