package org.crampguide.testsupport;

import java.io.File;
import java.time.Duration;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.htmlunit.HtmlUnitDriver;

/**
 * Starts the browser the tests drive. Chromium is the default and then required: Debian's
 * headless Chromium with its own chromedriver, both given by path so Selenium Manager
 * never downloads anything. HtmlUnit runs only when asked for with
 * {@code -Dcrampguide.browser=htmlunit}; the checks that need Chromium then say they are
 * skipped.
 */
public final class Browsers {

	/**
	 * The system property that chooses the browser: {@code chromium} (default) or
	 * {@code htmlunit}.
	 */
	public static final String PROPERTY = "crampguide.browser";

	private static final File CHROMIUM = new File(System.getProperty("crampguide.chromium", "/usr/bin/chromium"));

	private static final File CHROMEDRIVER = new File(
			System.getProperty("crampguide.chromedriver", "/usr/bin/chromedriver"));

	private Browsers() {
	}

	/** Whether the build chose HtmlUnit explicitly, so Chromium-only checks may skip. */
	public static boolean isHtmlUnitChosen() {
		return "htmlunit".equals(choice());
	}

	/** A new browser session. */
	public static WebDriver start() {
		String choice = choice();
		if (choice.equals("htmlunit")) {
			HtmlUnitDriver driver = new HtmlUnitDriver(true);
			driver.manage().timeouts().implicitlyWait(Duration.ZERO);
			return driver;
		}
		if (!choice.equals("chromium")) {
			throw new IllegalStateException(
					"Unknown -D" + PROPERTY + "=" + choice + ": use chromium (the default) or htmlunit");
		}
		if (!CHROMIUM.canExecute() || !CHROMEDRIVER.canExecute()) {
			throw new IllegalStateException("The browser tests need Chromium, but " + CHROMIUM + " or " + CHROMEDRIVER
					+ " is missing. Install it with `apt-get install -y chromium chromium-driver`, or run on HtmlUnit"
					+ " with `./mvnw verify -D" + PROPERTY + "=htmlunit` (the checks that need Chromium: axe-core,"
					+ " clipboard and scroll position, are then skipped).");
		}
		return chromium();
	}

	private static String choice() {
		String choice = System.getProperty(PROPERTY, "");
		return choice.isBlank() ? "chromium" : choice.trim().toLowerCase(java.util.Locale.ROOT);
	}

	private static WebDriver chromium() {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1280,900");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
			.usingAnyFreePort()
			.build();
		return new ChromeDriver(service, options);
	}

}
