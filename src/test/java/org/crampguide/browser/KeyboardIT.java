package org.crampguide.browser;

import java.util.ArrayList;
import java.util.List;

import org.crampguide.testsupport.BrowserTest;
import org.crampguide.testsupport.BundledSite;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A keyboard-only reader: from the top of the page, Tab reaches every link, field and
 * button in reading order, each one on screen when it has focus (so a section link in the
 * phone header's sideways row scrolls into view).
 */
@BundledSite
class KeyboardIT extends BrowserTest {

	private static final String FOCUSABLE = "[...document.querySelectorAll('a[href], input, button, [tabindex]')]"
			+ ".filter((el) => el.tabIndex >= 0 && !el.disabled && el.getClientRects().length > 0"
			+ " && getComputedStyle(el).visibility !== 'hidden')";

	@ParameterizedTest(name = "{0} at {1}px")
	@CsvSource({ "/, 390", "/, 1366", "/causes, 390", "/treatments/stop-a-cramp-now, 390",
			"/treatments/stop-a-cramp-now, 1366" })
	void tabReachesEveryLinkInOrderAndShowsIt(String path, int width) {
		Screen screen = new Screen(this.browser, chromium("viewport emulation needs Chromium")).size(width, 800);
		screen.open(baseUrl() + path);
		long count = ((Number) screen.script("return " + FOCUSABLE + ".map((el, i) => el.dataset.tabOrder = i).length"))
			.longValue();
		assertThat(count).isGreaterThan(10);
		List<String> reached = new ArrayList<>();
		List<String> offScreen = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			new Actions(this.browser).sendKeys(Keys.TAB).perform();
			reached.add(String.valueOf(screen.script("return document.activeElement.dataset.tabOrder")));
			// WCAG 2.2 AA (2.4.11): a focused link is never entirely hidden, by the
			// viewport or by the
			// sideways-scrolling section row (Chromium scrolls that row only once a link
			// would be fully out of it).
			boolean visible = (Boolean) screen.script("const e = document.activeElement, r = e.getBoundingClientRect();"
					+ " const row = e.closest('.site-nav ul'), c = row ? row.getBoundingClientRect() : {left: 0, right: 1e9};"
					+ " return r.right > Math.max(0, c.left) && r.left < Math.min(c.right, document.documentElement.clientWidth)"
					+ " && r.bottom > 0 && r.top < window.innerHeight");
			if (!visible) {
				offScreen
					.add(String.valueOf(screen.script("const e = document.activeElement, r = e.getBoundingClientRect();"
							+ " return e.outerHTML + ' at ' + r.left + '-' + r.right + ' (viewport ' + document.documentElement.clientWidth"
							+ " + ', row scrolled ' + e.closest('ul').scrollLeft + ' of ' + e.closest('ul').scrollWidth + ')'")));
			}
		}
		List<String> expected = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			expected.add(String.valueOf(i));
		}
		assertThat(reached).containsExactlyElementsOf(expected);
		assertThat(offScreen).isEmpty();
	}

}
