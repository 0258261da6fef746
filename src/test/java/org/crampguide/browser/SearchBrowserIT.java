package org.crampguide.browser;

import java.util.List;

import org.crampguide.testsupport.BrowserTest;
import org.crampguide.testsupport.BundledSite;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Searching as a reader does: typing in the header box, choosing a suggestion with the
 * keyboard, or pressing Enter and opening a result.
 */
@BundledSite
class SearchBrowserIT extends BrowserTest {

	@Test
	void choosesASuggestionWithTheKeyboard() {
		chromium("the suggestion list needs a browser that runs fetch()");
		this.browser.get(baseUrl() + "/");
		SearchBox box = new SearchBox(this.browser);
		box.type("night cr");
		List<WebElement> options = box.waitForSuggestions();
		assertThat(box.expanded()).isEqualTo("true");
		assertThat(box.status()).contains("suggestion");
		String title = options.get(0).findElement(By.cssSelector(".site-search__suggestion-title")).getText();
		String url = options.get(0).getAttribute("data-url");

		box.press(Keys.ARROW_DOWN);
		assertThat(box.activeOptionId()).isEqualTo(options.get(0).getAttribute("id"));
		assertThat(options.get(0).getAttribute("aria-selected")).isEqualTo("true");
		box.press(Keys.ENTER);

		ArticlePage article = ArticlePage.waitFor(this.browser, title);
		assertThat(article.url()).isEqualTo(baseUrl() + url);
	}

	@Test
	void closesTheSuggestionsWithEscape() {
		chromium("the suggestion list needs a browser that runs fetch()");
		this.browser.get(baseUrl() + "/");
		SearchBox box = new SearchBox(this.browser);
		box.type("magnes");
		box.waitForSuggestions();
		box.press(Keys.ESCAPE);
		assertThat(box.expanded()).isEqualTo("false");
		assertThat(this.browser.findElement(By.id("site-search-q-suggestions")).isDisplayed()).isFalse();
	}

	@Test
	void searchesWithEnterAndOpensAResult() {
		this.browser.get(baseUrl() + "/causes");
		SearchBox box = new SearchBox(this.browser);
		box.type("tonic water");
		SearchBox.SearchResultsPage results = box.submit();
		assertThat(results.summary()).contains("tonic water");
		assertThat(results.titles()).isNotEmpty();
		ArticlePage article = results.openResult(results.titles()
			.indexOf(results.titles().stream().filter((title) -> title.contains("Quinine")).findFirst().orElseThrow()));
		assertThat(article.url()).endsWith("/treatments/quinine");
	}

}
