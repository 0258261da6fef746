package org.crampguide.browser;

import org.crampguide.testsupport.BrowserTest;
import org.crampguide.testsupport.BundledSite;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Windows high contrast (forced colours) removes backgrounds, so what a background meant
 * must survive as a border: callouts, cards, the home boxes and buttons keep a visible
 * border, and focus stays visible.
 */
@BundledSite
class ThemeIT extends BrowserTest {

	@Test
	void forcedColoursKeepBoxesBorderedAndFocusVisible() {
		Screen screen = new Screen(this.browser, chromium("forced-colours emulation needs Chromium")).forcedColors();
		screen.size(1366, 900);
		screen.open(baseUrl() + "/");
		assertThat(screen.script("return matchMedia('(forced-colors: active)').matches")).isEqualTo(true);
		for (String box : new String[] { ".home-box", ".care-level", ".section-card", ".callout--emergency",
				".site-search__button" }) {
			assertThat(screen.style(box, "border-top-style")).as(box).isEqualTo("solid");
			assertThat(screen.style(box, "border-top-width")).as(box).isNotEqualTo("0px");
		}
		screen.open(baseUrl() + "/causes");
		assertThat(screen.style(".card", "border-top-style")).isEqualTo("solid");
		assertThat(screen.style(".card", "border-top-width")).isEqualTo("2px");
		screen.open(baseUrl() + "/treatments/stop-a-cramp-now");
		assertThat(screen.style(".callout--tip", "border-top-style")).isEqualTo("solid");
		new Actions(this.browser).sendKeys(Keys.TAB).perform();
		new Actions(this.browser).sendKeys(Keys.TAB).perform();
		assertThat(this.browser.switchTo().activeElement().getAttribute("class")).isEqualTo("site-name");
		assertThat(screen.style(".site-name:focus-visible", "outline-style")).isEqualTo("solid");
		assertThat(this.browser.findElement(By.cssSelector(".site-name")).getCssValue("outline-width"))
			.isEqualTo("3px");
	}

}
