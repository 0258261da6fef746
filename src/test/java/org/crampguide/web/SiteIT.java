package org.crampguide.web;

import org.crampguide.system.SecurityHeadersFilter;
import org.crampguide.testsupport.FixtureSite;
import org.crampguide.testsupport.SiteClient;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The running site over HTTP, on the fixture content: status codes of every page kind,
 * redirects to canonical paths and from aliases, drafts, error pages, security headers,
 * and hostile URLs.
 */
@FixtureSite
class SiteIT {

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	SiteClient site() {
		return new SiteClient(this.port);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(textBlock = """
			/,                                  200
			/causes,                            200
			/risk-factors,                      200
			/causes/night-cramps,               200
			/treatments/stop-a-cramp,           200
			/about,                             200
			/images/calf.svg,                   200
			/css/site.css,                      200
			/js/share.js,                       200
			/favicon.svg,                       200
			/actuator/health,                   404
			/unknown-section,                   404
			/causes/unknown-slug,               404
			/symptoms/night-cramps,             404
			/causes/draft-idea,                 404
			/images/missing.svg,                404
			/share/causes/draft-idea.png,       404
			""")
	void answersEveryPageKindWithTheRightStatus(String path, int status) {
		assertThat(site().get(path).statusCode()).isEqualTo(status);
	}

	@Test
	void rendersArticleWithBreadcrumbsFigureTocBodyReviewDatesSourcesAndRelated() {
		String html = site().get("/causes/night-cramps").body();
		assertThat(html).containsOnlyOnce("<h1")
			.contains("<nav class=\"breadcrumbs\" aria-label=\"Breadcrumb\">")
			.contains("<a href=\"/causes\">Causes</a>")
			.containsPattern(
					"<img width=\"800\" height=\"450\"\\s+fetchpriority=\"high\" src=\"/images/lead.svg\" alt=\"A calf muscle drawn as a tight knot\">")
			.contains("Illustration by Test Guide contributors · CC BY 4.0")
			.contains("<h2 id=\"toc-title\">On this page</h2>")
			.contains("<a href=\"#what-happens-in-the-muscle\">What happens in the muscle</a>")
			.contains(
					"<p class=\"callout__heading\"><span class=\"visually-hidden\">Non-urgent advice: </span>See a doctor if:</p>")
			.contains("Page last reviewed: <time datetime=\"2026-11-10\">10 November 2026</time>")
			.contains("Next review due: <time datetime=\"2029-11-10\">10 November 2029</time>")
			.contains("<a href=\"https://www.nhs.uk/conditions/leg-cramps/\">Leg cramps</a>")
			.contains(", 5 January 2024")
			.contains("<h2 id=\"related-title\">Related articles</h2>");
		assertThat(html.indexOf("id=\"main\"")).isLessThan(html.indexOf("class=\"related\""));
	}

	@Test
	void listsEditorPickFirstInTheRelatedSidebarAndNeverTheArticleItself() {
		String html = site().get("/causes/night-cramps").body();
		String sidebar = html.substring(html.indexOf("class=\"related\""));
		assertThat(sidebar).doesNotContain("href=\"/causes/night-cramps\"").doesNotContain("draft-idea");
		assertThat(sidebar.indexOf("/prevention/stretching-routine")).isPositive()
			.isLessThan(sidebar.indexOf("/treatments/stop-a-cramp"));
		assertThat(sidebar.split("class=\"related__item\"")).hasSize(5);
	}

	@Test
	void recordsRelatedCacheHitsAndMissesInMetrics() {
		site().get("/treatments/quinine-facts");
		site().get("/treatments/quinine-facts");
		SiteClient management = new SiteClient(this.managementPort);
		String metrics = new String(management.getBytes("/actuator/metrics/cache.gets?tag=cache:related").body());
		assertThat(metrics).contains("\"name\":\"cache.gets\"").contains("\"result\"").contains("hit").contains("miss");
		// The page store renders each article once per snapshot, so the sidebar is
		// computed (a miss) once and later requests never reach the cache.
		String misses = new String(
				management.getBytes("/actuator/metrics/cache.gets?tag=cache:related&tag=result:miss").body());
		assertThat(misses).containsPattern("\"value\":[1-9]");
	}

	@Test
	void listsSectionsOnHomeAndArticlesOnSectionPages() {
		String home = site().get("/").body();
		assertThat(home).contains("<a href=\"/causes\">Causes</a>")
			.contains("href=\"/causes/night-cramps\"")
			.contains("Call 911 or go to the emergency room if:");
		String section = site().get("/treatments").body();
		assertThat(section).contains("<h1>Treatments</h1>")
			.contains("How to stop a cramp now")
			.contains("Quinine and its risks")
			.contains("aria-current=\"page\"");
	}

	@Test
	void neverListsDrafts() {
		for (String path : new String[] { "/", "/causes", "/causes/night-cramps", "/sitemap.xml", "/feed.xml" }) {
			assertThat(site().get(path).body()).as(path)
				.doesNotContain("draft-idea")
				.doesNotContain("A draft that is not ready");
		}
	}

	@Test
	void showsHelpfulNotFoundPageWithSectionsAndSuggestions() {
		HttpResponse<String> response = site().get("/causes/night-cramp");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("<h1>Page not found</h1>")
			.contains("<a href=\"/causes/night-cramps\">Why do night cramps happen?</a>")
			.contains("<a href=\"/prevention\">Prevention</a>")
			.doesNotContain("Exception")
			.doesNotContain("at org.");
	}

	@Test
	void suggestsNothingForPathsLikeNoArticle() {
		assertThat(site().get("/zzqx").body()).doesNotContain("Were you looking for");
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(textBlock = """
			/Causes,                            /causes
			/causes/,                           /causes
			/causes//night-cramps,              /causes/night-cramps
			/CAUSES/Night-Cramps/?utm_source=x, /causes/night-cramps?utm_source=x
			/causes/stop-a-cramp,               /treatments/stop-a-cramp
			/old/stop-cramp?ref=mail,           /treatments/stop-a-cramp?ref=mail
			/Old/Stop-Cramp,                    /treatments/stop-a-cramp
			/about/,                            /about
			""")
	void redirectsPermanentlyToTheCanonicalPath(String path, String target) {
		HttpResponse<String> response = site().get(path);
		assertThat(response.statusCode()).isEqualTo(301);
		assertThat(response.headers().firstValue("Location")).contains(target);
	}

	@Test
	void keepsAMovedArticlesOldUrlWorking() {
		// stop-a-cramp moved from causes to treatments; its old path is in aliases.
		assertThat(site().get("/causes/stop-a-cramp").headers().firstValue("Location"))
			.contains("/treatments/stop-a-cramp");
		assertThat(site().get("/treatments/stop-a-cramp").statusCode()).isEqualTo(200);
	}

	@Test
	void sendsSecurityHeadersOnPagesAndErrors() {
		for (String path : new String[] { "/", "/causes/night-cramps", "/nowhere" }) {
			HttpResponse<String> response = site().get(path);
			assertThat(response.headers().firstValue("Content-Security-Policy")).as(path)
				.contains(SecurityHeadersFilter.CONTENT_SECURITY_POLICY);
			assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
		}
	}

	@Test
	void letsBrowsersAndCdnsCacheAndRevalidatePages() {
		HttpResponse<String> page = site().get("/causes/night-cramps");
		assertThat(page.headers().firstValue("Cache-Control")).contains("public, max-age=300");
		String etag = page.headers().firstValue("ETag").orElseThrow();
		SiteClient.RawResponse again = site().raw("/causes/night-cramps", "If-None-Match: " + etag);
		assertThat(again.status()).isEqualTo(304);
		assertThat(site().getBytes("/images/calf.svg").headers().firstValue("Cache-Control"))
			.contains("public, max-age=86400");
	}

	@Test
	void hasNoInlineScriptsOrStyles() {
		String html = site().get("/causes/night-cramps").body();
		assertThat(html).doesNotContain("style=")
			.doesNotContain("<style")
			.doesNotContainPattern("<script(?![^>]*(src=|application/ld\\+json))");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/images/..%2f..%2fsite.yml", "/images/%2e%2e/site.yml", "/%2e%2e/%2e%2e/etc/passwd",
			"/..;/..;/etc/passwd", "/causes/night-cramps%00", "/WEB-INF/web.xml", "/content/site.yml",
			"/application.properties", "/actuator/env", "/actuator/heapdump", "/images/",
			"/share/causes/..%2f..%2fsite.yml.png", "/%ZZ", "/causes/night-cramps/../../../etc/passwd", "/error" })
	void answersHostileUrlsWithAClientErrorAndNoLeak(String path) {
		SiteClient.RawResponse response = site().raw(path);
		assertThat(response.status()).as(path).isBetween(400, 499);
		assertThat(response.text()).doesNotContain("Exception")
			.doesNotContain("at org.")
			.doesNotContain("sections:")
			.doesNotContain("root:");
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(textBlock = """
			//evil.example/,                    /evil.example
			/causes/%3Cscript%3E,               /causes/%3cscript%3e
			""")
	void redirectsHostileUrlsOnlyByTheDocumentedRulesAndOnlyWithinTheSite(String path, String location) {
		// Doubled slashes collapse and upper case folds, as for any path; a
		// protocol-relative Location would send the reader to evil.example.
		SiteClient.RawResponse response = site().raw(path);
		assertThat(response.status()).as(path).isEqualTo(301);
		assertThat(response.text()).containsPattern("(?i)\\r\\nLocation: " + Pattern.quote(location) + "\\r\\n")
			.doesNotContainPattern("(?i)location: (https?:)?//evil")
			.doesNotContain("Exception");
		assertThat(site().raw(location).status()).as(location).isBetween(400, 499);
	}

}
