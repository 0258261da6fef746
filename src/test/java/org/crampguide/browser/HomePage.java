package org.crampguide.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * The home page, as a reader uses it.
 */
final class HomePage {

	private final WebDriver driver;

	HomePage(WebDriver driver) {
		this.driver = driver;
	}

	static HomePage open(WebDriver driver, String baseUrl) {
		driver.get(baseUrl + "/");
		Waits.until(driver, By.cssSelector(".section-card"));
		return new HomePage(driver);
	}

	SectionPage openSectionFromNavigation(String title) {
		this.driver.findElement(By.cssSelector(".site-nav")).findElement(By.linkText(title)).click();
		return SectionPage.waitFor(this.driver, title);
	}

}
