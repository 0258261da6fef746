package org.crampguide.browser;

import java.time.Duration;
import java.util.function.Predicate;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Explicit waits for what a reader would wait for; never a fixed sleep.
 */
final class Waits {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private Waits() {
	}

	static WebElement until(WebDriver driver, By locator) {
		return new WebDriverWait(driver, TIMEOUT).until(ExpectedConditions.visibilityOfElementLocated(locator));
	}

	static void untilText(WebDriver driver, By locator, String text) {
		new WebDriverWait(driver, TIMEOUT).until(ExpectedConditions.textToBe(locator, text));
	}

	static void untilTrue(WebDriver driver, Predicate<WebDriver> condition) {
		new WebDriverWait(driver, TIMEOUT).until(condition::test);
	}

	static String untilNotBlank(WebDriver driver, By locator) {
		return new WebDriverWait(driver, TIMEOUT).until((d) -> {
			String text = d.findElement(locator).getText();
			return text.isBlank() ? null : text;
		});
	}

}
