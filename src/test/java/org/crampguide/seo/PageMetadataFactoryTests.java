package org.crampguide.seo;

import java.net.URI;

import org.crampguide.content.Article;
import org.crampguide.content.ContentSnapshot;
import org.crampguide.site.SiteAddress;
import org.crampguide.site.SiteProperties;
import org.crampguide.testsupport.Fixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Head metadata for every kind of page, over the fixture content: titles, canonical URLs
 * from the configured base URL, and link preview images.
 */
class PageMetadataFactoryTests {

	private static final String BASE = "https://crampguide.example";

	private static final ContentSnapshot SNAPSHOT = Fixtures.repository(Fixtures.CONTENT, true, (event) -> {
	}).snapshot();

	private final PageMetadataFactory factory = factory(BASE);

	@Test
	void describesTheHomePageAsTheWebsite() {
		PageMetadata home = this.factory.home(SNAPSHOT);
		assertThat(home.title()).isEqualTo("Test Guide: A fixture site for the tests");
		assertThat(home.headline()).isEqualTo("Test Guide");
		assertThat(home.description())
			.isEqualTo("A small content tree that exercises every rule of the content format.");
		assertThat(home.canonicalUrl()).isEqualTo(BASE + "/");
		assertThat(home.type()).isEqualTo("website");
		assertThat(home.image()).isEqualTo(new PageMetadata.PreviewImage(BASE + "/share/site.png", 1200, 630,
				"Test Guide: A fixture site for the tests"));
		assertThat(home.article()).isNull();
		assertThat(home.jsonLd()).contains("\"WebSite\"").contains("\"Organization\"");
	}

	@Test
	void writesStructuredDataInTheSameOrderInEveryJvm() {
		// Map.of orders its keys by a seed chosen at each start: these nodes were written
		// one way by the live site and the other by the export of the same content.
		Article article = SNAPSHOT.article("causes", "night-cramps", false).orElseThrow();
		assertThat(article.sources()).isNotEmpty();
		assertThat(this.factory.article(SNAPSHOT, article).jsonLd())
			.contains("\"publisher\":{\"@type\":\"Organization\",\"name\":\"" + article.sources().get(0).publisher());
		assertThat(this.factory.home(SNAPSHOT).jsonLd())
			.contains("\"target\":{\"@type\":\"EntryPoint\",\"urlTemplate\":");
	}

	@Test
	void describesAnArticleWithItsOwnShareImageAndFacts() {
		Article article = SNAPSHOT.article("causes", "night-cramps", false).orElseThrow();
		PageMetadata meta = this.factory.article(SNAPSHOT, article);
		assertThat(meta.title()).isEqualTo("Why do night cramps happen? - Test Guide");
		assertThat(meta.headline()).isEqualTo("Why do night cramps happen?");
		assertThat(meta.description()).isEqualTo(article.summary());
		assertThat(meta.canonicalUrl()).isEqualTo(BASE + "/causes/night-cramps");
		assertThat(meta.type()).isEqualTo("article");
		assertThat(meta.image().url()).isEqualTo(BASE + "/share/causes/night-cramps.png");
		assertThat(meta.image().width()).isEqualTo(1200);
		assertThat(meta.image().height()).isEqualTo(630);
		assertThat(meta.image().alt()).isEqualTo("“Why do night cramps happen?”, an article in Causes on Test Guide");
		assertThat(meta.article()).isEqualTo(new PageMetadata.ArticleFacts("2026-11-01", "2026-11-10", "Causes",
				java.util.List.of("legs", "night", "sleep")));
		assertThat(meta.jsonLd()).contains("\"MedicalWebPage\"");
	}

	@Test
	void describesSectionsAndPagesWithTheSiteImage() {
		PageMetadata section = this.factory.section(SNAPSHOT, SNAPSHOT.site().section("treatments"));
		assertThat(section.title()).isEqualTo("Treatments - Test Guide");
		assertThat(section.description()).isEqualTo("What helps.");
		assertThat(section.canonicalUrl()).isEqualTo(BASE + "/treatments");
		assertThat(section.image().url()).isEqualTo(BASE + "/share/site.png");
		PageMetadata page = this.factory.page(SNAPSHOT, SNAPSHOT.page("about").orElseThrow());
		assertThat(page.title()).isEqualTo("About this guide - Test Guide");
		assertThat(page.canonicalUrl()).isEqualTo(BASE + "/about");
		assertThat(page.type()).isEqualTo("website");
	}

	@Test
	void givesErrorPagesNoCanonicalUrl() {
		PageMetadata error = this.factory.error(SNAPSHOT, "Page not found");
		assertThat(error.title()).isEqualTo("Page not found - Test Guide");
		assertThat(error.canonicalUrl()).isNull();
		assertThat(error.jsonLd()).isNull();
	}

	@Test
	void buildsAbsoluteUrlsFromTheBaseUrlWithOrWithoutATrailingSlash() {
		assertThat(factory("https://crampguide.example/").section(SNAPSHOT, SNAPSHOT.site().section("causes"))
			.canonicalUrl()).isEqualTo("https://crampguide.example/causes");
		assertThat(factory("http://localhost:8080").home(SNAPSHOT).canonicalUrl()).isEqualTo("http://localhost:8080/");
	}

	private static PageMetadataFactory factory(String baseUrl) {
		SiteProperties defaults = SiteProperties.defaults();
		SiteProperties site = new SiteProperties(URI.create(baseUrl), Fixtures.CONTENT, true, false,
				defaults.reloadInterval(), false, null, defaults.pages());
		SiteAddress address = new SiteAddress(site);
		return new PageMetadataFactory(address, new StructuredData(address));
	}

}
