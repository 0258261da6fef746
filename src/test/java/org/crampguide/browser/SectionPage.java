package org.crampguide.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * A section page listing its articles as cards.
 */
final class SectionPage {

	private final WebDriver driver;

	private SectionPage(WebDriver driver) {
		this.driver = driver;
	}

	static SectionPage waitFor(WebDriver driver, String title) {
		Waits.untilText(driver, By.tagName("h1"), title);
		return new SectionPage(driver);
	}

	String heading() {
		return this.driver.findElement(By.tagName("h1")).getText();
	}

	ArticlePage openFirstArticle() {
		WebElement link = this.driver.findElement(By.cssSelector(".card__title a"));
		String title = link.getText();
		link.click();
		return ArticlePage.waitFor(this.driver, title);
	}

}
