package org.crampguide.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.WebDriver;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A fresh browser session for each test against the site on its random port. Subclasses
 * choose the content with {@code @SpringBootTest} properties.
 */
abstract class BrowserTest {

	@LocalServerPort
	int port;

	WebDriver browser;

	@BeforeEach
	void startBrowser() {
		this.browser = Browsers.start();
	}

	@AfterEach
	void stopBrowser() {
		this.browser.quit();
	}

	String baseUrl() {
		return "http://localhost:" + this.port;
	}

}
