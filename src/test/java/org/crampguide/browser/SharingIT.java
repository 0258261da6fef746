package org.crampguide.browser;

import java.util.List;
import java.util.Map;

import org.crampguide.testsupport.BrowserTest;
import org.crampguide.testsupport.BundledSite;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sharing an article on the real site: the copy button puts the canonical URL on the
 * clipboard, and a deep link lands with its heading at the top of the viewport.
 */
@BundledSite
class SharingIT extends BrowserTest {

	private static final String ARTICLE = "/treatments/stop-a-cramp-now";

	@Test
	void copyButtonPutsTheCanonicalUrlOnTheClipboard() {
		String origin = baseUrl();
		chromium("the clipboard needs Chromium").executeCdpCommand("Browser.grantPermissions",
				Map.of("origin", origin, "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
		ArticlePage article = ArticlePage.open(this.browser, origin + ARTICLE);
		assertThat(article.shareUrlField()).isEqualTo("https://crampguide.example" + ARTICLE);

		assertThat(article.copyLink().shareStatus()).isEqualTo("Link copied");
		Object clipboard = ((JavascriptExecutor) this.browser).executeAsyncScript(
				"var done = arguments[0]; navigator.clipboard.readText().then(done, function (e) { done('error: ' + e); });");
		assertThat(clipboard).isEqualTo("https://crampguide.example" + ARTICLE);
	}

	@Test
	void deepLinkShowsItsHeadingAtTheTopOfTheViewport() {
		chromium("scroll positions need a real layout engine");
		ArticlePage article = ArticlePage.open(this.browser, baseUrl() + ARTICLE + "#after-the-cramp-lets-go");
		assertThat(article.scrollY()).isPositive();
		assertThat(article.viewportTopOf("after-the-cramp-lets-go")).isBetween(0.0, 40.0);
	}

}
