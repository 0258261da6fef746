package org.crampguide.browser;

import java.util.List;
import java.util.Map;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.HasCdp;

/**
 * The screen a page is shown on, set through Chromium's DevTools protocol: a phone or
 * desktop viewport, a dark colour scheme, forced colours (Windows high contrast); and
 * what a reader would measure on it.
 */
final class Screen {

	private final WebDriver driver;

	private final HasCdp cdp;

	Screen(WebDriver driver, HasCdp cdp) {
		this.driver = driver;
		this.cdp = cdp;
	}

	/** A viewport of {@code width} by {@code height} CSS pixels; a phone below 641px. */
	Screen size(int width, int height) {
		this.cdp.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 641));
		return this;
	}

	/**
	 * Opens {@code url} and waits until the site's stylesheet applies to it (the body's
	 * background is set in every theme). After a viewport change Chromium sometimes
	 * answered a style read just after Selenium saw the page loaded as if no stylesheet
	 * applied, a moment before it did: one full run of the dark-theme check in four
	 * failed that way. A stylesheet that never applies still fails, after the wait's
	 * timeout.
	 */
	Screen open(String url) {
		this.driver.get(url);
		Waits.untilTrue(this.driver,
				(driver) -> (Boolean) script("return document.readyState === 'complete' && document.body !== null"
						+ " && getComputedStyle(document.body).backgroundColor !== 'rgba(0, 0, 0, 0)'"));
		return this;
	}

	/** {@code prefers-color-scheme: dark} or {@code light}. */
	Screen colorScheme(String scheme) {
		return media("prefers-color-scheme", scheme);
	}

	/** {@code forced-colors: active}, as with Windows high contrast. */
	Screen forcedColors() {
		return media("forced-colors", "active");
	}

	private Screen media(String feature, String value) {
		this.cdp.executeCdpCommand("Emulation.setEmulatedMedia",
				Map.of("features", List.of(Map.of("name", feature, "value", value))));
		return this;
	}

	/**
	 * Whether the page is wider than the viewport, so a reader has to scroll sideways.
	 */
	boolean scrollsSideways() {
		return (Boolean) script("return document.documentElement.scrollWidth > document.documentElement.clientWidth");
	}

	int viewportHeight() {
		return ((Number) script("return window.innerHeight")).intValue();
	}

	int viewportWidth() {
		return ((Number) script("return document.documentElement.clientWidth")).intValue();
	}

	/**
	 * The bounding box of the first element matching {@code selector}, in viewport
	 * pixels.
	 */
	Box box(String selector) {
		@SuppressWarnings("unchecked")
		Map<String, Number> box = (Map<String, Number>) script(
				"const r = document.querySelector(arguments[0]).getBoundingClientRect();"
						+ " return {top: r.top, bottom: r.bottom, left: r.left, right: r.right};",
				selector);
		return new Box(box.get("top").doubleValue(), box.get("bottom").doubleValue(), box.get("left").doubleValue(),
				box.get("right").doubleValue());
	}

	/** A computed style property of the first element matching {@code selector}. */
	String style(String selector, String property) {
		return (String) script(
				"return getComputedStyle(document.querySelector(arguments[0])).getPropertyValue(arguments[1])",
				selector, property);
	}

	Object script(String script, Object... arguments) {
		return ((JavascriptExecutor) this.driver).executeScript(script, arguments);
	}

	/**
	 * An element's box.
	 *
	 * @param top top edge
	 * @param bottom bottom edge
	 * @param left left edge
	 * @param right right edge
	 */
	record Box(double top, double bottom, double left, double right) {

		double height() {
			return this.bottom - this.top;
		}

	}

}
