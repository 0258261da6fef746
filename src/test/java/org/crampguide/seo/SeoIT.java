package org.crampguide.seo;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.crampguide.testsupport.FixtureSite;
import org.crampguide.testsupport.SiteClient;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What machines read, over HTTP on the fixture content: canonical URLs, link previews,
 * JSON-LD, sitemap, feed, robots.txt and share images.
 */
@FixtureSite
class SeoIT {

	private static final String BASE = FixtureSite.BASE_URL;

	@LocalServerPort
	int port;

	SiteClient site() {
		return new SiteClient(this.port);
	}

	@Test
	void buildsCanonicalFromBaseUrlIgnoringQueryStringAndHostHeader() {
		SiteClient.RawResponse response = site().raw("/causes/night-cramps?utm_source=newsletter&utm_medium=email",
				"Host: evil.example");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.text()).contains("<link rel=\"canonical\" href=\"" + BASE + "/causes/night-cramps\">")
			.contains("<meta property=\"og:url\" content=\"" + BASE + "/causes/night-cramps\">")
			.doesNotContain("evil.example")
			.doesNotContain("utm_source");
	}

	@Test
	void givesEveryPageACanonicalLinkAndFeedAutodiscovery() {
		for (String path : new String[] { "/", "/causes", "/causes/night-cramps", "/about" }) {
			String html = site().get(path).body();
			assertThat(html).as(path)
				.contains("<link rel=\"canonical\" href=\"" + BASE + path + "\">")
				.contains("<link rel=\"alternate\" type=\"application/atom+xml\"")
				.contains("<meta name=\"twitter:card\" content=\"summary_large_image\">")
				.contains("<meta property=\"og:image\" content=\"" + BASE + "/share/");
		}
	}

	@Test
	void describesArticlesForLinkPreviews() {
		String html = site().get("/causes/night-cramps").body();
		assertThat(meta(html, "og:type")).containsExactly("article");
		assertThat(meta(html, "og:title")).containsExactly("Why do night cramps happen?");
		assertThat(meta(html, "og:description")).containsExactly(
				"Night cramps wake people up with a tight, painful calf. This fixture article explains why they happen.");
		assertThat(meta(html, "og:site_name")).containsExactly("Test Guide");
		assertThat(meta(html, "og:image")).containsExactly(BASE + "/share/causes/night-cramps.png");
		assertThat(meta(html, "og:image:width")).containsExactly("1200");
		assertThat(meta(html, "og:image:height")).containsExactly("630");
		assertThat(meta(html, "og:image:alt")).singleElement().asString().contains("Why do night cramps happen?");
		assertThat(meta(html, "article:published_time")).containsExactly("2026-11-01");
		assertThat(meta(html, "article:modified_time")).containsExactly("2026-11-10");
		assertThat(meta(html, "article:section")).containsExactly("Causes");
		assertThat(meta(html, "article:tag")).containsExactly("legs", "night", "sleep");
	}

	@Test
	void servesAJsonLdMedicalWebPageAndBreadcrumbs() {
		JsonNode graph = jsonLd(site().get("/causes/night-cramps").body()).get("@graph");
		JsonNode page = graph.get(0);
		assertThat(page.get("@type").asString()).isEqualTo("MedicalWebPage");
		assertThat(page.get("url").asString()).isEqualTo(BASE + "/causes/night-cramps");
		assertThat(page.get("datePublished").asString()).isEqualTo("2026-11-01");
		assertThat(page.get("lastReviewed").asString()).isEqualTo("2026-11-10");
		assertThat(page.get("reviewedBy").get("@type").asString()).isEqualTo("Organization");
		assertThat(page.get("inLanguage").asString()).isEqualTo("en");
		assertThat(page.get("citation")).hasSize(2);
		assertThat(page.get("citation").get(0).get("url").asString())
			.isEqualTo("https://www.nhs.uk/conditions/leg-cramps/");
		assertThat(page.get("about").get("@type").asString()).isEqualTo("MedicalCondition");
		assertThat(page.get("about").get("alternateName").toString()).contains("Charley horse");
		JsonNode breadcrumbs = graph.get(1);
		assertThat(breadcrumbs.get("@type").asString()).isEqualTo("BreadcrumbList");
		assertThat(breadcrumbs.get("itemListElement").get(1).get("item").asString()).isEqualTo(BASE + "/causes");
	}

	@Test
	void describesTheSiteOnTheHomePage() {
		JsonNode graph = jsonLd(site().get("/").body()).get("@graph");
		JsonNode website = graph.get(0);
		assertThat(website.get("@type").asString()).isEqualTo("WebSite");
		assertThat(website.get("name").asString()).isEqualTo("Test Guide");
		assertThat(website.get("description").asString())
			.isEqualTo("A small content tree that exercises every rule of the content format.");
		assertThat(website.get("url").asString()).isEqualTo(BASE + "/");
		assertThat(website.get("inLanguage").asString()).isEqualTo("en");
		JsonNode organization = graph.get(1);
		assertThat(organization.get("@type").asString()).isEqualTo("Organization");
		assertThat(organization.get("name").asString()).isEqualTo("Test Guide");
		assertThat(organization.get("url").asString()).isEqualTo(BASE + "/");
		assertThat(organization.get("logo").asString()).isEqualTo(BASE + "/favicon.svg");
		assertThat(website.get("publisher").get("@id").asString()).isEqualTo(organization.get("@id").asString())
			.isEqualTo(BASE + "/#organization");
	}

	@Test
	void listsEveryPublishedPageInTheSitemap() throws Exception {
		Document sitemap = xml("/sitemap.xml");
		List<String> locations = texts(sitemap, "loc");
		assertThat(locations).containsExactlyInAnyOrder(BASE + "/", BASE + "/causes", BASE + "/symptoms",
				BASE + "/risk-factors", BASE + "/treatments", BASE + "/prevention", BASE + "/causes/night-cramps",
				BASE + "/symptoms/what-it-feels-like", BASE + "/treatments/stop-a-cramp",
				BASE + "/treatments/quinine-facts", BASE + "/prevention/stretching-routine", BASE + "/about",
				BASE + "/a-z");
		assertThat(locations).noneMatch((location) -> location.contains("/search"));
		assertThat(texts(sitemap, "lastmod")).contains("2026-11-10");
	}

	@Test
	void publishesAnAtomFeedOfRecentArticles() throws Exception {
		Document feed = xml("/feed.xml");
		assertThat(feed.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
		List<String> ids = new ArrayList<>();
		NodeList entries = feed.getElementsByTagNameNS("*", "entry");
		for (int i = 0; i < entries.getLength(); i++) {
			ids.add(((Element) entries.item(i)).getElementsByTagNameNS("*", "id").item(0).getTextContent());
		}
		assertThat(ids).containsExactly(BASE + "/causes/night-cramps", BASE + "/prevention/stretching-routine",
				BASE + "/treatments/stop-a-cramp", BASE + "/symptoms/what-it-feels-like",
				BASE + "/treatments/quinine-facts");
		assertThat(texts(feed, "updated").get(0)).isEqualTo("2026-11-10T00:00:00Z");
	}

	@Test
	void namesTheSitemapInRobotsTxt() {
		assertThat(new String(site().getBytes("/robots.txt").body(), StandardCharsets.UTF_8))
			.contains("Sitemap: " + BASE + "/sitemap.xml");
	}

	@Test
	void servesShareImagesAtStableUrls() throws Exception {
		var response = site().getBytes("/share/causes/night-cramps.png");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).contains("image/png");
		var image = ImageIO.read(new ByteArrayInputStream(response.body()));
		assertThat(image.getWidth()).isEqualTo(1200);
		assertThat(image.getHeight()).isEqualTo(630);
		assertThat(site().getBytes("/share/causes/night-cramps.png").body()).isEqualTo(response.body());
		assertThat(site().getBytes("/share/site.png").statusCode()).isEqualTo(200);
	}

	private static List<String> meta(String html, String property) {
		Matcher matcher = Pattern
			.compile("<meta (?:property|name)=\"" + Pattern.quote(property) + "\" content=\"([^\"]*)\">")
			.matcher(html);
		List<String> values = new ArrayList<>();
		while (matcher.find()) {
			values.add(matcher.group(1).replace("&amp;", "&").replace("&quot;", "\""));
		}
		return values;
	}

	private static JsonNode jsonLd(String html) {
		Matcher matcher = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL)
			.matcher(html);
		assertThat(matcher.find()).isTrue();
		return JsonMapper.builder().build().readTree(matcher.group(1));
	}

	private Document xml(String path) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(site().getBytes(path).body()));
	}

	private static List<String> texts(Document document, String name) {
		NodeList nodes = document.getElementsByTagNameNS("*", name);
		List<String> values = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			values.add(nodes.item(i).getTextContent());
		}
		return values;
	}

}
