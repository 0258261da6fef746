package org.crampguide.browser;

import org.crampguide.testsupport.BrowserTest;
import org.crampguide.testsupport.Browsers;
import org.crampguide.testsupport.BundledSite;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader's path through the real site: home, a section, an article with its lead
 * figure, a related article, and the same article opened again from its copied URL in a
 * new browser session.
 */
@BundledSite
class ReaderJourneyIT extends BrowserTest {

	@Test
	void readerBrowsesToAnArticleFollowsARelatedLinkAndSharesIt() {
		String base = baseUrl();
		SectionPage section = HomePage.open(this.browser, base).openSectionFromNavigation("Causes");
		assertThat(section.heading()).isEqualTo("Causes");

		ArticlePage article = section.openFirstArticle();
		String articleUrl = article.url();
		assertThat(articleUrl).startsWith(base + "/causes/");
		assertThat(article.isLeadImageShown()).isTrue();
		assertThat(article.leadCaption()).isNotBlank();
		assertThat(article.leadCredit()).isEqualTo("Illustration by Cramp Guide contributors · CC BY 4.0");
		assertThat(article.relatedTitles()).hasSizeBetween(3, 5).doesNotContain(article.title());

		String relatedTitle = article.relatedTitles().get(0);
		ArticlePage related = article.openRelated(0);
		assertThat(related.title()).isEqualTo(relatedTitle);
		String copiedUrl = related.url();
		assertThat(copiedUrl).isNotEqualTo(articleUrl);

		WebDriver secondSession = Browsers.start();
		try {
			ArticlePage reopened = ArticlePage.open(secondSession, copiedUrl);
			assertThat(reopened.title()).isEqualTo(relatedTitle);
			assertThat(reopened.url()).isEqualTo(copiedUrl);
			assertThat(reopened.leadCaption()).isEqualTo(related.leadCaption());
		}
		finally {
			secondSession.quit();
		}
	}

}
