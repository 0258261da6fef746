package org.crampguide.web;

import org.crampguide.testsupport.SiteClient;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With drafts enabled (for previews) a draft is served at its URL but still never listed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "crampguide.content-dir=src/test/resources/fixtures/content", "crampguide.strict=true",
				"crampguide.drafts=true" })
class DraftPreviewWebTests {

	@LocalServerPort
	int port;

	@Test
	void servesDraftAtItsUrlButNeverListsIt() {
		SiteClient site = new SiteClient(this.port);
		assertThat(site.get("/causes/draft-idea").statusCode()).isEqualTo(200);
		assertThat(site.get("/causes/draft-idea").body()).contains("<h1>A draft that is not ready</h1>");
		assertThat(site.get("/causes").body()).doesNotContain("draft-idea");
		assertThat(site.get("/sitemap.xml").body()).doesNotContain("draft-idea");
		assertThat(site.get("/feed.xml").body()).doesNotContain("draft-idea");
	}

}
