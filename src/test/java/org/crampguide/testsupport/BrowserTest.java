package org.crampguide.testsupport;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.HasCdp;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fresh browser session for each test against the site on its random port. Subclasses
 * choose the site with {@link FixtureSite} or {@link BundledSite}.
 */
public abstract class BrowserTest {

	@LocalServerPort
	protected int port;

	protected WebDriver browser;

	@BeforeEach
	void startBrowser() {
		this.browser = Browsers.start();
	}

	@AfterEach
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	protected String baseUrl() {
		return "http://localhost:" + this.port;
	}

	/**
	 * The browser's DevTools connection, for checks that need a real browser engine
	 * ({@code why}). Skips the test, saying so, only when HtmlUnit was chosen explicitly;
	 * under Chromium a missing connection fails the test.
	 */
	protected HasCdp chromium(String why) {
		if (Browsers.isHtmlUnitChosen()) {
			String message = "Skipped on HtmlUnit (-D" + Browsers.PROPERTY + "=htmlunit): " + why;
			System.out.println("[browser tests] " + message);
			Assumptions.abort(message);
		}
		assertThat(this.browser).as(why).isInstanceOf(HasCdp.class);
		return (HasCdp) this.browser;
	}

}
