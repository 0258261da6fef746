package org.crampguide.browser;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * An article page: its heading, lead figure, share box and related sidebar.
 */
final class ArticlePage {

	private final WebDriver driver;

	private ArticlePage(WebDriver driver) {
		this.driver = driver;
	}

	static ArticlePage waitFor(WebDriver driver, String title) {
		Waits.untilText(driver, By.tagName("h1"), title);
		return new ArticlePage(driver);
	}

	static ArticlePage open(WebDriver driver, String url) {
		driver.get(url);
		Waits.until(driver, By.cssSelector("article h1"));
		return new ArticlePage(driver);
	}

	String title() {
		return this.driver.findElement(By.tagName("h1")).getText();
	}

	String url() {
		return this.driver.getCurrentUrl();
	}

	String leadCaption() {
		return this.driver.findElement(By.cssSelector(".figure--lead figcaption > span:first-child")).getText();
	}

	String leadCredit() {
		return this.driver.findElement(By.cssSelector(".figure--lead .figure__credit")).getText();
	}

	boolean isLeadImageShown() {
		WebElement image = this.driver.findElement(By.cssSelector(".figure--lead img"));
		return image.isDisplayed() && !image.getAttribute("alt").isBlank();
	}

	List<String> relatedTitles() {
		return this.driver.findElements(By.cssSelector(".related__link")).stream().map(WebElement::getText).toList();
	}

	ArticlePage openRelated(int index) {
		WebElement link = this.driver.findElements(By.cssSelector(".related__link")).get(index);
		String title = link.getText();
		link.click();
		return waitFor(this.driver, title);
	}

	ArticlePage copyLink() {
		Waits.until(this.driver, By.cssSelector(".share__copy")).click();
		return this;
	}

	String shareStatus() {
		return Waits.untilNotBlank(this.driver, By.cssSelector(".share__status"));
	}

	String shareUrlField() {
		return this.driver.findElement(By.cssSelector(".share__url")).getAttribute("value");
	}

	/**
	 * Where the element with {@code id} sits, in CSS pixels from the top of the viewport.
	 */
	double viewportTopOf(String id) {
		Object top = ((JavascriptExecutor) this.driver)
			.executeScript("return document.getElementById(arguments[0]).getBoundingClientRect().top", id);
		return ((Number) top).doubleValue();
	}

	double scrollY() {
		return ((Number) ((JavascriptExecutor) this.driver).executeScript("return window.scrollY")).doubleValue();
	}

}
