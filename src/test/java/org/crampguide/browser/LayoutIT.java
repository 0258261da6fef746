package org.crampguide.browser;

import java.util.ArrayList;
import java.util.List;

import org.crampguide.testsupport.BrowserTest;
import org.crampguide.testsupport.BundledSite;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The layout a reader in pain gets on a 320px and a 390px phone and a 1366px desktop, in
 * Chromium over the real content: nothing scrolls sideways, the phone header is short,
 * the home page's first screen says what to do now, and section grids use the width.
 */
@BundledSite
class LayoutIT extends BrowserTest {

	static final List<String> PAGE_KINDS = List.of("/", "/causes", "/treatments/stop-a-cramp-now",
			"/symptoms/red-flags", "/about", "/cramp-diary", "/no-such-page");

	private Screen screen;

	@BeforeEach
	void useChromium() {
		this.screen = new Screen(this.browser, chromium("viewport emulation needs Chromium's DevTools protocol"));
	}

	@Test
	void noPageKindScrollsSidewaysAt320And390And1366() {
		List<String> wide = new ArrayList<>();
		for (int width : new int[] { 320, 390, 1366 }) {
			this.screen.size(width, 800);
			for (String path : PAGE_KINDS) {
				this.screen.open(baseUrl() + path);
				if (this.screen.scrollsSideways()) {
					wide.add(path + " at " + width + "px");
				}
			}
		}
		assertThat(wide).isEmpty();
	}

	@Test
	void thePhoneHeaderWithNameSearchAndSectionsIsAtMost120PxTall() {
		this.screen.size(390, 844);
		for (String path : PAGE_KINDS) {
			this.screen.open(baseUrl() + path);
			Screen.Box header = this.screen.box(".site-header");
			System.out.println("[layout] header height at 390px on " + path + ": " + header.height() + "px");
			assertThat(header.height()).as(path).isLessThanOrEqualTo(120);
			assertThat(this.screen.box("#site-search-q").bottom()).as(path).isLessThanOrEqualTo(header.bottom());
			assertThat(this.screen.box(".site-nav a").bottom()).as(path).isLessThanOrEqualTo(header.bottom());
			// Every section stays reachable without script: the row scrolls sideways
			// inside the header.
			assertThat(this.browser.findElements(By.cssSelector(".site-nav a"))).hasSize(5)
				.allSatisfy((link) -> assertThat(link.getSize().getHeight()).isGreaterThanOrEqualTo(44));
		}
	}

	@ParameterizedTest(name = "first screen at {0}x{1}")
	@CsvSource({ "390, 844", "1366, 900" })
	void theHomePagesFirstScreenHoldsSearchTheStepsAndTheCareLevels(int width, int height) {
		this.screen.size(width, height);
		this.screen.open(baseUrl() + "/");
		for (String part : List.of("#site-search-q", ".home-steps", ".care-levels")) {
			Screen.Box box = this.screen.box(part);
			assertThat(box.top()).as(part).isGreaterThanOrEqualTo(0);
			assertThat(box.bottom()).as(part + " ends on the first screen").isLessThanOrEqualTo(height);
		}
		assertThat(this.browser.findElements(By.cssSelector(".home-steps li"))).hasSizeBetween(2, 3);
		assertThat(this.browser.findElements(By.cssSelector(".care-level"))).extracting((level) -> level.getText())
			.satisfiesExactly((emergency) -> assertThat(emergency).contains("Call 911"),
					(urgent) -> assertThat(urgent).contains("Get medical advice today if:"),
					(doctor) -> assertThat(doctor).contains("See a doctor if:"));
	}

	@ParameterizedTest(name = "{1} columns at {0}px")
	@CsvSource({ "320, 1", "390, 1", "800, 2", "1366, 3" })
	void sectionAndHomeGridsHaveOneColumnOnPhonesAndUpToThreeOnDesktops(int width, int columns) {
		this.screen.size(width, 900);
		this.screen.open(baseUrl() + "/causes");
		assertThat(cardColumns(".card-grid > .card")).isEqualTo(columns);
		if (width >= 641) {
			assertThat(this.screen.box(".card__thumb").height()).isPositive().isLessThanOrEqualTo(120);
		}
		else {
			assertThat(this.browser.findElement(By.cssSelector(".card__thumb")).isDisplayed()).isFalse();
		}
		this.screen.open(baseUrl() + "/");
		assertThat(cardColumns(".section-cards > .section-card")).isEqualTo(columns);
		assertThat(this.screen.box(".home__intro").right() - this.screen.box(".home__intro").left())
			.as("the text column stays at most 40rem")
			.isLessThanOrEqualTo(40 * 16 + 1);
	}

	@Test
	void aLongArticleEndsWithBackToTop() {
		this.screen.size(390, 844);
		this.screen.open(baseUrl() + "/treatments/stop-a-cramp-now");
		this.browser.findElement(By.linkText("Back to top")).click();
		Waits.untilTrue(this.browser, (driver) -> this.screen.box(".site-header").top() == 0);
		assertThat(this.browser.getCurrentUrl()).endsWith("#top");
	}

	private int cardColumns(String cards) {
		return ((Number) this.screen.script("return new Set([...document.querySelectorAll(arguments[0])]"
				+ ".map((card) => Math.round(card.getBoundingClientRect().left))).size", cards))
			.intValue();
	}

}
