package org.crampguide.search;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import io.micrometer.core.instrument.MeterRegistry;
import org.crampguide.testsupport.BundledSite;
import org.crampguide.testsupport.SiteClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /search} and its companions over HTTP on the real site: results pages that are
 * private and never indexed, hostile input that gets the normal page, suggestions as
 * JSON, the A-Z page, OpenSearch and the counters that never hold query text.
 */
@BundledSite
@ExtendWith(OutputCaptureExtension.class)
class SearchIT {

	@LocalServerPort
	int port;

	@Autowired
	MeterRegistry meters;

	private SiteClient site() {
		return new SiteClient(this.port);
	}

	@Test
	void showsResultsWithSectionSummaryAndMarkedSnippet() {
		HttpResponse<String> response = site().get("/search?q=" + encode("tonic water"));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("articles match “tonic water”")
			.contains("<a href=\"/treatments/quinine\">")
			.contains("class=\"search-result__section\">Treatments</p>")
			.contains("<mark>")
			.contains("<meta name=\"robots\" content=\"noindex\">")
			.doesNotContain("rel=\"canonical\"");
		assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
	}

	@Test
	void filtersBySectionWithCountsAndPagesTenAtATime() {
		String all = site().get("/search?q=cramp").body();
		assertThat(all).containsPattern("All sections \\(\\d+\\)").containsPattern("Causes \\(\\d+\\)");
		assertThat(all.split("class=\"search-result\"", -1)).hasSize(SearchIndex.PAGE_SIZE + 1);
		assertThat(all).contains("href=\"/search?q=cramp&amp;page=2\"");
		String causes = site().get("/search?q=cramp&section=causes").body();
		assertThat(causes).contains("aria-current=\"page\">Causes (");
		assertThat(causes).doesNotContain("class=\"search-result__section\">Symptoms</p>");
	}

	@Test
	void showsTheCareCalloutFirstForADangerSign() {
		String body = site().get("/search?q=" + encode("dark urine after exercise")).body();
		assertThat(body.indexOf("callout--emergency")).isPositive().isLessThan(body.indexOf("search-summary"));
		assertThat(body).contains("dark urine (brown, red or the color of tea)")
			.contains("<a href=\"/symptoms/red-flags\">");
	}

	@Test
	void saysWhenNothingMatchesAndOffersASpelling() {
		String none = site().get("/search?q=zzxqv").body();
		assertThat(none).contains("0 articles match").contains("No articles found");
		String typo = site().get("/search?q=quinnine").body();
		assertThat(typo).contains("Did you mean").contains("href=\"/search?q=quinine\">quinine</a>");
	}

	@ParameterizedTest
	@ValueSource(strings = { "title:*", "a%20AND%20(", "%5C%5C", "%5C", "%00%01%1F",
			"%3Cscript%3Ealert(1)%3C/script%3E", "%F0%9F%98%80", "%22", "*%3F~%5E", "cramp&page=abc",
			"cramp&page=99999", "cramp&page=-3", "cramp&section=nope", "cramp&section=%3Cb%3E", "", "cramp&q=second" })
	void answersHostileQueriesWithTheNormalPage(String query) {
		HttpResponse<String> response = site().get("/search?q=" + query);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("<h1>Search")
			.contains("class=\"site-header\"")
			.doesNotContain("Exception");
	}

	@Test
	void answersMalformedEncodingWithTheSitesBadRequestPage() {
		SiteClient.RawResponse response = site().raw("/search?q=%ED%A0%80%");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.text()).contains("class=\"site-header\"").doesNotContain("Exception");
	}

	@Test
	void cutsATenKilobyteQueryAndSaysSo() {
		HttpResponse<String> response = site().get("/search?q=" + "cramp+".repeat(1700));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("longer than 200 characters");
	}

	@Test
	void neverWritesQueryOrSnippetMarkupUnescaped() {
		String body = site().get("/search?q=" + encode("<mark onmouseover=x>cramp</mark><img src=x>")).body();
		assertThat(body).doesNotContain("<mark onmouseover").doesNotContain("<img src=x>");
		assertThat(body).contains("&lt;mark onmouseover=x&gt;cramp&lt;/mark&gt;&lt;img src=x&gt;");
		assertThat(body.replaceAll("<mark>[^<]*</mark>", "")).doesNotContain("<mark");
	}

	@Test
	void suggestsUpToSixTitlesAsJson() {
		HttpResponse<String> response = site().get("/search/suggest?q=" + encode("night cr"));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
		assertThat(response.body()).startsWith("[{\"title\":").contains("\"url\":\"/causes/night-leg-cramps\"");
		assertThat(response.body().split("\"url\"", -1).length - 1).isBetween(1, 6);
		assertThat(site().get("/search/suggest?q=").body()).isEqualTo("[]");
		assertThat(site().get("/search/suggest?q=" + encode("a AND (title:*")).statusCode()).isEqualTo(200);
	}

	@Test
	void listsEveryArticleAndLayTermFromAToZ() {
		String body = site().get("/a-z").body();
		assertThat(body).contains("<h1>A to Z of cramps</h1>")
			.contains("id=\"letter-c\"")
			.contains(">charley horse</a>")
			.contains(">tonic water</a>")
			.contains("href=\"/treatments/stop-a-cramp-now\">How to stop a muscle cramp right now</a>")
			.contains("<link rel=\"canonical\" href=\"https://crampguide.example/a-z\">");
	}

	@Test
	void describesTheSearchForBrowsersAndSearchEngines() {
		HttpResponse<String> opensearch = site().get("/opensearch.xml");
		assertThat(opensearch.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/opensearchdescription+xml"));
		assertThat(opensearch.body()).contains("template=\"https://crampguide.example/search?q={searchTerms}\"")
			.contains("<ShortName>Cramp Guide</ShortName>");
		String home = site().get("/").body();
		assertThat(home).contains("<link rel=\"search\" type=\"application/opensearchdescription+xml\"")
			.contains("\"@type\":\"SearchAction\"")
			.contains("https://crampguide.example/search?q={query}")
			.contains("id=\"home-search-q\"")
			.contains("href=\"/a-z\">A to Z</a>");
		assertThat(site().get("/no-such-page").body()).contains("id=\"not-found-search-q\"");
		String sitemap = site().get("/sitemap.xml").body();
		assertThat(sitemap).contains("<loc>https://crampguide.example/a-z</loc>").doesNotContain("/search");
	}

	@Test
	void countsSearchesWithoutKeepingWhatWasSearched(CapturedOutput output) {
		double searches = this.meters.counter("crampguide.search.queries").count();
		double empty = this.meters.counter("crampguide.search.zero.results").count();
		site().get("/search?q=uniquewordqqzx");
		site().get("/search?q=cramp");
		assertThat(this.meters.counter("crampguide.search.queries").count()).isEqualTo(searches + 2);
		assertThat(this.meters.counter("crampguide.search.zero.results").count()).isEqualTo(empty + 1);
		assertThat(this.meters.getMeters())
			.allSatisfy((meter) -> assertThat(meter.getId().toString()).doesNotContain("uniquewordqqzx"));
		assertThat(output.getAll()).doesNotContain("uniquewordqqzx");
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
