package org.crampguide.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The figure rules that body figures and the lead image share.
 */
class FigureRulesTests {

	private static final ImageCatalog IMAGES = (path) -> Optional
		.ofNullable(Map.of("images/calf.svg", new ImageCatalog.ImageSize(800, 450)).get(path));

	private final List<FigureRules.Violation> violations = new ArrayList<>();

	@Test
	void turnsValidPartsIntoAFigureWithSitePathAndSize() {
		Figure figure = FigureRules.forBody(IMAGES)
			.check(new FigureRules.Parts("images/calf.svg", "Alt", "Caption", "Jo", null, "https://example.org"),
					this.violations::add);
		assertThat(this.violations).isEmpty();
		assertThat(figure)
			.isEqualTo(new Figure("/images/calf.svg", "Alt", "Caption", "Jo", null, "https://example.org", 800, 450));
	}

	@Test
	void reportsEveryBrokenRuleInReadingOrder() {
		Figure figure = FigureRules.forBody(IMAGES)
			.check(new FigureRules.Parts("images/none.svg", " ", null, "", null, "http://example.org"),
					this.violations::add);
		assertThat(figure).isNull();
		assertThat(this.violations).extracting(FigureRules.Violation::part, FigureRules.Violation::rule)
			.containsExactly(tuple("alt", FigureRules.Rule.MISSING), tuple("caption", FigureRules.Rule.MISSING),
					tuple("credit", FigureRules.Rule.MISSING), tuple("source", FigureRules.Rule.NOT_HTTPS),
					tuple("src", FigureRules.Rule.NO_SUCH_IMAGE));
	}

	@Test
	void findsImagesOnlyUnderImages() {
		FigureRules.forBody(IMAGES)
			.check(new FigureRules.Parts("/images/calf.svg", "Alt", "Caption", "Jo", null, null), this.violations::add);
		assertThat(this.violations).singleElement()
			.satisfies((violation) -> assertThat(violation.problem()).startsWith("'/images/calf.svg' does not exist"));
	}

	@Test
	void requiresALicenseOnlyOnTheLeadImage() {
		assertThat(FigureRules.forBody(IMAGES).requires("license")).isFalse();
		assertThat(FigureRules.forLeadImage(IMAGES).requires("license")).isTrue();
		FigureRules.forLeadImage(IMAGES)
			.check(new FigureRules.Parts("images/calf.svg", "Alt", "Caption", "Jo", null, null), this.violations::add);
		assertThat(this.violations).extracting(FigureRules.Violation::part).containsExactly("license");
	}

}
