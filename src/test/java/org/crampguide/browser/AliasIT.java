package org.crampguide.browser;

import org.crampguide.testsupport.BrowserTest;
import org.crampguide.testsupport.FixtureSite;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An article that moved section: a reader opening its old, shared URL lands on the
 * article at its new address.
 */
@FixtureSite
class AliasIT extends BrowserTest {

	@Test
	void oldUrlOfAMovedArticleLandsOnTheArticle() {
		String base = baseUrl();
		ArticlePage article = ArticlePage.open(this.browser, base + "/causes/stop-a-cramp?ref=chat");
		assertThat(article.title()).isEqualTo("How to stop a cramp now");
		assertThat(article.url()).isEqualTo(base + "/treatments/stop-a-cramp?ref=chat");
	}

}
