package org.crampguide.browser;

import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search box in the header of every page, with its suggestions as a reader sees and
 * uses them.
 */
final class SearchBox {

	private static final By INPUT = By.id("site-search-q");

	private static final By OPTIONS = By.cssSelector("#site-search-q-suggestions [role=option]");

	private final WebDriver driver;

	SearchBox(WebDriver driver) {
		this.driver = driver;
	}

	WebElement input() {
		return this.driver.findElement(INPUT);
	}

	void type(String text) {
		input().click();
		input().sendKeys(text);
	}

	/** Waits until the suggestion list is shown and returns its titles. */
	List<WebElement> waitForSuggestions() {
		return new WebDriverWait(this.driver, Duration.ofSeconds(10)).until((d) -> {
			List<WebElement> options = d.findElements(OPTIONS);
			return (!options.isEmpty() && options.get(0).isDisplayed()) ? options : null;
		});
	}

	void press(Keys key) {
		input().sendKeys(key);
	}

	String expanded() {
		return input().getAttribute("aria-expanded");
	}

	String activeOptionId() {
		return input().getAttribute("aria-activedescendant");
	}

	String status() {
		return this.driver.findElement(By.cssSelector(".site-search [role=status]")).getAttribute("textContent");
	}

	/** Submits the form and waits for the results page. */
	SearchResultsPage submit() {
		press(Keys.ENTER);
		Waits.until(this.driver, By.cssSelector(".search-summary"));
		return new SearchResultsPage(this.driver);
	}

	/** The results page, as a reader uses it. */
	static final class SearchResultsPage {

		private final WebDriver driver;

		SearchResultsPage(WebDriver driver) {
			this.driver = driver;
		}

		String summary() {
			return this.driver.findElement(By.cssSelector(".search-summary")).getText();
		}

		List<String> titles() {
			return this.driver.findElements(By.cssSelector(".search-result__title a"))
				.stream()
				.map(WebElement::getText)
				.toList();
		}

		ArticlePage openResult(int index) {
			WebElement link = this.driver.findElements(By.cssSelector(".search-result__title a")).get(index);
			String title = link.getText();
			link.click();
			return ArticlePage.waitFor(this.driver, title);
		}

	}

}
