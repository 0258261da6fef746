package org.crampguide.testsupport;

import java.io.File;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.openqa.selenium.Capabilities;
import org.openqa.selenium.HasCapabilities;
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

	/** Whether this test run has said which browser it uses (once per run is enough). */
	private static final AtomicBoolean announced = new AtomicBoolean();

	private Browsers() {
	}

	/** Whether the build chose HtmlUnit explicitly, so Chromium-only checks may skip. */
	public static boolean isHtmlUnitChosen() {
		return "htmlunit".equals(choice());
	}

	/** A new browser session. */
	public static WebDriver start() {
		WebDriver driver = open();
		if (!announced.getAndSet(true)) {
			System.out.println("[browser tests] running on " + describe(driver));
		}
		return driver;
	}

	/**
	 * The browser's name and version as the driver reports them, e.g. "chrome
	 * 131.0.6778.85".
	 */
	static String describe(WebDriver driver) {
		if (!(driver instanceof HasCapabilities session)) {
			return driver.getClass().getSimpleName();
		}
		Capabilities capabilities = session.getCapabilities();
		String name = capabilities.getBrowserName();
		Object chrome = capabilities.getCapability("chrome");
		String driverVersion = (chrome instanceof Map<?, ?> details && details.get("chromedriverVersion") != null)
				? " with chromedriver " + String.valueOf(details.get("chromedriverVersion")).split(" ")[0] : "";
		return (name.isBlank() ? "htmlunit" : name) + " " + capabilities.getBrowserVersion() + driverVersion;
	}

	private static WebDriver open() {
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
