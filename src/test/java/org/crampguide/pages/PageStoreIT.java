package org.crampguide.pages;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import io.micrometer.core.instrument.MeterRegistry;
import org.crampguide.testsupport.FixtureSite;
import org.crampguide.testsupport.SiteClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page store over HTTP: no rendering once a page is stored, gzip by
 * {@code Accept-Encoding}, 304s for either encoding's tag, {@code HEAD}, fingerprinted
 * assets, and the security headers on every stored response.
 */
@FixtureSite
class PageStoreIT {

	private static final List<String> PAGES = List.of("/", "/causes", "/causes/night-cramps", "/about", "/sitemap.xml",
			"/feed.xml", "/robots.txt", "/images/calf.svg", "/share/site.png", "/css/site.css");

	@LocalServerPort
	int port;

	@Autowired
	MeterRegistry meters;

	@Autowired
	PageStore store;

	@Test
	void rendersNothingAcrossAThousandRequestsForStoredPages() {
		PAGES.forEach((path) -> assertThat(site().request("GET", path).statusCode()).as(path).isEqualTo(200));
		// The rest of the site renders once the first request is answered: count after
		// it.
		assertThat(this.store.firstPrerender()).succeedsWithin(Duration.ofSeconds(30));
		double before = rendered();
		for (int i = 0; i < 1000; i++) {
			String path = PAGES.get(i % PAGES.size());
			assertThat(site().request("GET", path, "Accept-Encoding", "gzip").statusCode()).isEqualTo(200);
		}
		assertThat(rendered()).isEqualTo(before);
	}

	@Test
	void sendsGzipOnlyToClientsThatAcceptIt() throws IOException {
		HttpResponse<byte[]> identity = site().request("GET", "/causes/night-cramps");
		assertThat(identity.headers().firstValue("Content-Encoding")).isEmpty();
		assertThat(identity.headers().firstValue("Vary")).contains("Accept-Encoding");
		HttpResponse<byte[]> gzip = site().request("GET", "/causes/night-cramps", "Accept-Encoding", "br, gzip;q=0.8");
		assertThat(gzip.headers().firstValue("Content-Encoding")).contains("gzip");
		assertThat(gzip.body().length).isLessThan(identity.body().length / 2);
		assertThat(gunzip(gzip.body())).isEqualTo(identity.body());
		assertThat(gzip.headers().firstValue("ETag")).isNotEqualTo(identity.headers().firstValue("ETag"));
		assertThat(gzip.headers().firstValue("Content-Length")).contains(String.valueOf(gzip.body().length));
		HttpResponse<byte[]> refused = site().request("GET", "/causes/night-cramps", "Accept-Encoding", "gzip;q=0");
		assertThat(refused.headers().firstValue("Content-Encoding")).isEmpty();
		assertThat(refused.body()).isEqualTo(identity.body());
	}

	@Test
	void answersNotModifiedForTheTagOfEitherEncoding() {
		for (String encoding : List.of("identity", "gzip")) {
			HttpResponse<byte[]> first = site().request("GET", "/causes", "Accept-Encoding", encoding);
			String etag = first.headers().firstValue("ETag").orElseThrow();
			assertThat(etag).startsWith("\"");
			HttpResponse<byte[]> again = site().request("GET", "/causes", "Accept-Encoding", encoding, "If-None-Match",
					"\"stale\", W/" + etag);
			assertThat(again.statusCode()).isEqualTo(304);
			assertThat(again.body()).isEmpty();
			assertThat(again.headers().firstValue("Cache-Control")).contains("public, max-age=300");
		}
		assertThat(site().request("GET", "/causes", "If-None-Match", "\"stale\"").statusCode()).isEqualTo(200);
	}

	@Test
	void answersHeadWithHeadersOnly() {
		HttpResponse<byte[]> get = site().request("GET", "/feed.xml");
		HttpResponse<byte[]> head = site().request("HEAD", "/feed.xml");
		assertThat(head.statusCode()).isEqualTo(200);
		assertThat(head.body()).isEmpty();
		assertThat(head.headers().firstValue("Content-Length")).contains(String.valueOf(get.body().length));
		assertThat(head.headers().firstValue("Content-Type")).isEqualTo(get.headers().firstValue("Content-Type"));
		assertThat(head.headers().firstValue("ETag")).isEqualTo(get.headers().firstValue("ETag"));
	}

	@Test
	void linksFingerprintedAssetsThatMayBeKeptForAYear() {
		String html = new String(site().request("GET", "/").body(), StandardCharsets.UTF_8);
		Matcher css = Pattern.compile("href=\"(/css/site\\.[0-9a-f]{10}\\.css)\"").matcher(html);
		assertThat(css.find()).as("fingerprinted stylesheet link").isTrue();
		assertThat(html).containsPattern("src=\"/js/share\\.[0-9a-f]{10}\\.js\"");
		HttpResponse<byte[]> fingerprinted = site().request("GET", css.group(1));
		assertThat(fingerprinted.headers().firstValue("Cache-Control")).contains("public, max-age=31536000, immutable");
		HttpResponse<byte[]> plain = site().request("GET", "/css/site.css");
		assertThat(plain.body()).isEqualTo(fingerprinted.body());
		assertThat(plain.headers().firstValue("Cache-Control")).contains("public, max-age=300");
		assertThat(plain.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/css"));
	}

	@Test
	void keepsSecurityHeadersAndRefusesOtherMethodsOnStoredPages() {
		for (String path : PAGES) {
			HttpResponse<byte[]> response = site().request("GET", path, "Accept-Encoding", "gzip");
			assertThat(response.headers().firstValue("Content-Security-Policy")).as(path).isPresent();
			assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
		}
		HttpResponse<byte[]> delete = site().request("DELETE", "/causes/night-cramps");
		assertThat(delete.statusCode()).isEqualTo(405);
		assertThat(delete.headers().firstValue("Allow")).contains("GET, HEAD");
	}

	private double rendered() {
		return this.meters.get("crampguide.pages.rendered").counter().count();
	}

	private SiteClient site() {
		return new SiteClient(this.port);
	}

	private static byte[] gunzip(byte[] bytes) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
			return in.readAllBytes();
		}
	}

}
