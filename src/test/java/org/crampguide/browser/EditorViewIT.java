package org.crampguide.browser;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.crampguide.testsupport.BrowserTest;
import org.crampguide.testsupport.EditorSite;
import org.crampguide.testsupport.EditorSiteContent;
import org.crampguide.testsupport.SiteClient;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A writer opens the editor's view in Chromium, sees the content errors, and follows a
 * draft's preview link to the draft, labelled as one.
 */
@EditorSite
class EditorViewIT extends BrowserTest {

	private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	@Test
	void opensTheEditorsViewAndFollowsADraftPreviewLink() {
		this.browser.get(baseUrl() + "/_editor");
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Editor's view");
		assertThat(this.browser.findElement(By.cssSelector("table.editor-errors")).getText())
			.contains("content/articles/causes/new-idea.md");

		WebElement preview = this.browser.findElement(By.cssSelector("a.draft-preview"));
		assertThat(preview.getText()).isEqualTo("Preview: A draft that is not ready");
		preview.click();

		Waits.until(this.browser, By.cssSelector(".draft-label"));
		assertThat(this.browser.getCurrentUrl()).endsWith("/causes/draft-idea");
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("A draft that is not ready");
		assertThat(this.browser.findElement(By.cssSelector(".draft-label")).getText()).startsWith("Draft:");
	}

	@ParameterizedTest(name = "axe on {0}")
	@ValueSource(strings = { "/_editor", EditorSiteContent.NEW_BROKEN_PATH, "/causes/draft-idea" })
	void editorPagesHaveNoWcag22AaViolations(String path) {
		chromium("axe-core runs in Chromium only");
		this.browser.get(baseUrl() + path);
		Results results = new AxeBuilder().withTags(WCAG_22_AA).analyze(this.browser);
		assertThat(results.getViolations())
			.extracting((rule) -> rule.getId() + " " + rule.getNodes().get(0).getTarget())
			.isEmpty();
		assertThat(results.getPasses()).isNotEmpty();
	}

	@Test
	void editorPagesPassTheNuHtmlChecker() throws Exception {
		SiteClient site = new SiteClient(this.port);
		EmbeddedValidator validator = new EmbeddedValidator();
		validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
		List<String> errors = new ArrayList<>();
		for (String path : List.of("/_editor", EditorSiteContent.NEW_BROKEN_PATH, "/causes/draft-idea")) {
			String report = validator
				.validate(new ByteArrayInputStream(site.get(path).body().getBytes(StandardCharsets.UTF_8)));
			for (JsonNode message : JsonMapper.builder().build().readTree(report).get("messages")) {
				if (!"info".equals(message.path("type").asString())) {
					errors
						.add(path + ":" + message.path("lastLine").asInt() + ": " + message.path("message").asString());
				}
			}
		}
		assertThat(errors).isEmpty();
	}

}
