package org.crampguide.editor;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.crampguide.content.ContentRepository;
import org.crampguide.testsupport.EditorSite;
import org.crampguide.testsupport.EditorSiteContent;
import org.crampguide.testsupport.SiteClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The site as a writer runs it ({@code ./mvnw spring-boot:run}), over a copy of the
 * fixture content with known errors: every problem shows in the browser, where the writer
 * looks.
 */
@EditorSite
class EditorSiteIT {

	private static final Path NIGHT_CRAMPS = EditorSiteContent.FOLDER.resolve("articles/causes/night-cramps.md");

	@LocalServerPort
	int port;

	@Autowired
	ContentRepository content;

	@Test
	void listsEveryContentErrorWithFileAndLine() {
		HttpResponse<String> editor = site().get("/_editor");

		assertThat(editor.statusCode()).isEqualTo(200);
		assertThat(this.content.errors()).isNotEmpty();
		this.content.errors()
			.forEach((error) -> assertThat(editor.body()).contains(error.file())
				.contains("<td>" + error.line() + "</td>")
				.contains(error.field()));
		assertThat(editor.body()).contains(EditorSiteContent.NEW_BROKEN_FILE)
			.contains("titel")
			.contains("did you mean &#39;title&#39;?")
			.contains("left out (no good version yet)");
	}

	@Test
	void answersANewBrokenFileWithAPageThatNamesItsErrors() {
		HttpResponse<String> page = site().get(EditorSiteContent.NEW_BROKEN_PATH);

		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("<h1>This article has errors and is not published yet</h1>")
			.contains(EditorSiteContent.NEW_BROKEN_FILE)
			.contains("titel (line 2): is not a known field");
		assertThat(site().get("/causes/no-such-file").body()).contains("<h1>Page not found</h1>");
	}

	@Test
	void showsABannerAboveTheLastGoodVersionOfABrokenEdit() throws IOException {
		String good = Files.readString(NIGHT_CRAMPS);
		assertThat(site().get("/causes/night-cramps").body()).doesNotContain("editor-notice");
		try {
			Files.writeString(NIGHT_CRAMPS, good.replace("tags: [legs, night, sleep]", "tags: [legs]"));
			this.content.reload();

			String page = site().get("/causes/night-cramps").body();
			assertThat(page).contains("This file has errors: you are seeing its last good version")
				.contains("tags (line 4): needs 2 to 8 tags, found 1")
				.contains("<h1>Why do night cramps happen?</h1>");
		}
		finally {
			Files.writeString(NIGHT_CRAMPS, good);
			this.content.reload();
		}
		assertThat(site().get("/causes/night-cramps").body()).doesNotContain("editor-notice");
	}

	@Test
	void servesDraftsWithAVisibleLabelAndUpdatesThemLive() throws IOException {
		Path draft = EditorSiteContent.FOLDER.resolve("articles/causes/draft-idea.md");
		String original = Files.readString(draft);
		assertThat(site().get("/causes/draft-idea").body()).contains("<strong>Draft</strong>")
			.contains("<h1>A draft that is not ready</h1>");
		try {
			Files.writeString(draft,
					original.replace("title: A draft that is not ready", "title: A draft that is ready"));
			this.content.reload();
			assertThat(site().get("/causes/draft-idea").body()).contains("<h1>A draft that is ready</h1>");
		}
		finally {
			Files.writeString(draft, original);
			this.content.reload();
		}
		assertThat(site().get("/causes/night-cramps").body()).doesNotContain("<strong>Draft</strong>");
		assertThat(site().get("/causes").body()).doesNotContain("draft-idea");
	}

	@Test
	void buildsAbsoluteUrlsFromThePortActuallyBound() {
		String base = "http://localhost:" + this.port;
		assertThat(site().get("/causes/night-cramps").body())
			.contains("<link rel=\"canonical\" href=\"" + base + "/causes/night-cramps\">");
		assertThat(site().get("/sitemap.xml").body()).contains("<loc>" + base + "/causes/night-cramps</loc>")
			.doesNotContain("_editor");
		assertThat(site().get("/feed.xml").body()).contains(base + "/feed.xml");
	}

	@Test
	void letsEveryPageBeRevalidatedSoASavedEditShowsOnTheNextClick() {
		assertThat(site().get("/causes/night-cramps").headers().firstValue("Cache-Control")).contains("no-cache");
	}

	private SiteClient site() {
		return new SiteClient(this.port);
	}

}
