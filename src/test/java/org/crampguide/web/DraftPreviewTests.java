package org.crampguide.web;

import org.crampguide.testsupport.FixtureContent;
import org.crampguide.testsupport.FixturePages;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With drafts enabled (for previews) a draft is served at its URL but still never listed:
 * every controller of the site, over the fixture content, without a server.
 */
@WebMvcTest(properties = "crampguide.drafts=true")
@Import({ FixtureContent.class, FixturePages.class })
class DraftPreviewTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void servesDraftAtItsUrlButNeverListsIt() {
		assertThat(this.mvc.get().uri("/causes/draft-idea")).hasStatusOk()
			.bodyText()
			.contains("<h1>A draft that is not ready</h1>")
			.contains("<p class=\"draft-label\"><strong>Draft</strong>");
		assertThat(this.mvc.get().uri("/causes/night-cramps")).bodyText().doesNotContain("draft-label");
		assertThat(this.mvc.get().uri("/causes")).bodyText().doesNotContain("draft-idea");
		assertThat(this.mvc.get().uri("/sitemap.xml")).bodyText().doesNotContain("draft-idea");
		assertThat(this.mvc.get().uri("/feed.xml")).bodyText().doesNotContain("draft-idea");
	}

}
