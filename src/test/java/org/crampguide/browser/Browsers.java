package org.crampguide.browser;

import java.io.File;
import java.time.Duration;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.htmlunit.HtmlUnitDriver;

/**
 * Starts the browser the tests drive: Debian's headless Chromium with its own
 * chromedriver (never one that Selenium Manager would download), or HtmlUnit where
 * Chromium is missing, unless the build demands Chromium
 * ({@code -Dcrampguide.browser=chromium}, as CI does).
 */
final class Browsers {

	private static final File CHROMIUM = new File(System.getProperty("crampguide.chromium", "/usr/bin/chromium"));

	private static final File CHROMEDRIVER = new File(
			System.getProperty("crampguide.chromedriver", "/usr/bin/chromedriver"));

	private Browsers() {
	}

	static boolean isChromiumAvailable() {
		return CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
	}

	static boolean isChromiumRequired() {
		return "chromium".equals(System.getProperty("crampguide.browser"));
	}

	/** A new browser session. */
	static WebDriver start() {
		if (isChromiumAvailable()) {
			return chromium();
		}
		if (isChromiumRequired()) {
			throw new IllegalStateException("Chromium is required (-Dcrampguide.browser=chromium) but " + CHROMIUM
					+ " or " + CHROMEDRIVER + " is missing: apt-get install -y chromium chromium-driver");
		}
		System.out.println("[browser tests] Chromium not found: running on HtmlUnit; axe-core checks need Chromium.");
		HtmlUnitDriver driver = new HtmlUnitDriver(true);
		driver.manage().timeouts().implicitlyWait(Duration.ZERO);
		return driver;
	}

	private static WebDriver chromium() {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1280,900");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
			.usingAnyFreePort()
			.build();
		return new ChromeDriver(service, options);
	}

}
