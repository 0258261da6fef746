package org.crampguide.browser;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.crampguide.content.Article;
import org.crampguide.content.ContentRepository;
import org.crampguide.testsupport.BrowserTest;
import org.crampguide.testsupport.BundledSite;
import org.crampguide.testsupport.SiteClient;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page kind of the real site passes axe-core's WCAG 2.2 AA rules in Chromium, in
 * the light and the dark theme, and every page's HTML passes the Nu HTML checker with no
 * errors (the HTML is the same in both themes: only the stylesheet's colours change).
 */
@BundledSite
class AccessibilityIT extends BrowserTest {

	private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	@Autowired
	ContentRepository content;

	@ParameterizedTest(name = "axe on {0}")
	@ValueSource(strings = { "/", "/causes", "/treatments/stop-a-cramp-now", "/symptoms/red-flags", "/about",
			"/no-such-page", "/search?q=cramp+at+night", "/search?q=dark+urine+after+exercise", "/search?q=zzxqv",
			"/search?q=quinnine", "/a-z" })
	void everyPageKindHasNoWcag22AaViolations(String path) {
		chromium("axe-core runs in Chromium only");
		this.browser.get(baseUrl() + path);
		Results results = new AxeBuilder().withTags(WCAG_22_AA).analyze(this.browser);
		assertThat(results.getViolations()).as(path + ": " + describe(results.getViolations())).isEmpty();
		assertThat(results.getPasses()).isNotEmpty();
	}

	/**
	 * The same rules with {@code prefers-color-scheme: dark}, on a phone and a desktop,
	 * so every text pair of the dark theme is checked for contrast too.
	 */
	@ParameterizedTest(name = "axe in dark mode on {0}")
	@ValueSource(strings = { "/", "/causes", "/treatments/stop-a-cramp-now", "/symptoms/red-flags", "/about",
			"/cramp-diary", "/no-such-page" })
	void everyPageKindHasNoWcag22AaViolationsInDarkMode(String path) {
		Screen screen = new Screen(this.browser, chromium("axe-core and dark-mode emulation run in Chromium only"))
			.colorScheme("dark");
		for (int width : new int[] { 390, 1366 }) {
			screen.size(width, 900);
			screen.open(baseUrl() + path);
			assertThat(screen.style("body", "background-color")).as("the dark theme applies")
				.isEqualTo("rgb(17, 24, 29)");
			Results results = new AxeBuilder().withTags(WCAG_22_AA).analyze(this.browser);
			assertThat(results.getViolations()).as(path + " at " + width + "px: " + describe(results.getViolations()))
				.isEmpty();
		}
	}

	@Test
	void everyPagePassesTheNuHtmlChecker() throws Exception {
		List<String> paths = new ArrayList<>(List.of("/", "/no-such-page", "/a-z", "/search",
				"/search?q=cramp+at+night", "/search?q=cramp&page=2&section=causes",
				"/search?q=dark+urine+after+exercise", "/search?q=zzxqv", "/search?q=quinnine"));
		this.content.snapshot().site().sections().forEach((section) -> paths.add(section.path()));
		this.content.snapshot().publishedArticles().stream().map(Article::path).forEach(paths::add);
		this.content.snapshot().pages().values().forEach((page) -> paths.add(page.path()));
		SiteClient site = new SiteClient(this.port);
		EmbeddedValidator validator = new EmbeddedValidator();
		validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
		// The checker must be able to fail: a known-bad document gives errors.
		assertThat(nuErrors(validator, "bad", "<!DOCTYPE html><html lang=en><title>x</title><p><li>x</p><img src=a>"))
			.hasSizeGreaterThanOrEqualTo(2);
		List<String> errors = new ArrayList<>();
		for (String path : paths) {
			errors.addAll(nuErrors(validator, path, site.get(path).body()));
		}
		assertThat(paths).hasSizeGreaterThan(35);
		assertThat(errors).isEmpty();
	}

	private static List<String> nuErrors(EmbeddedValidator validator, String path, String html) throws Exception {
		String report = validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
		List<String> errors = new ArrayList<>();
		for (JsonNode message : JsonMapper.builder().build().readTree(report).get("messages")) {
			if (!"info".equals(message.path("type").asString())) {
				errors.add(path + ":" + message.path("lastLine").asInt() + ": " + message.path("message").asString());
			}
		}
		return errors;
	}

	private static String describe(List<Rule> violations) {
		return violations.stream()
			.map((rule) -> rule.getId() + " (" + rule.getNodes().size() + "): "
					+ rule.getNodes()
						.stream()
						.limit(3)
						.map((node) -> node.getTarget().toString())
						.collect(Collectors.joining(", ")))
			.collect(Collectors.joining("; "));
	}

}
