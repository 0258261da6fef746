package org.crampguide.seo;

import org.crampguide.share.ShareImagePaths;
import org.crampguide.share.ShareImageRenderer;
import org.crampguide.content.Article;
import org.crampguide.content.ContentSnapshot;
import org.crampguide.content.Page;
import org.crampguide.content.Section;
import org.crampguide.site.SiteAddress;
import org.springframework.stereotype.Component;

/**
 * Builds the {@link PageMetadata} of every kind of page from content and the configured
 * base URL.
 */
@Component
public class PageMetadataFactory {

	private final SiteAddress site;

	private final StructuredData structuredData;

	public PageMetadataFactory(SiteAddress site, StructuredData structuredData) {
		this.site = site;
		this.structuredData = structuredData;
	}

	public PageMetadata home(ContentSnapshot snapshot) {
		String name = snapshot.site().name();
		return new PageMetadata(name + ": " + snapshot.site().tagline(), name, snapshot.site().description(),
				this.site.absolute("/"), "website", siteImage(snapshot), null, this.structuredData.home(snapshot));
	}

	public PageMetadata section(ContentSnapshot snapshot, Section section) {
		return new PageMetadata(section.title() + " - " + snapshot.site().name(), section.title(), section.intro(),
				this.site.absolute(section.path()), "website", siteImage(snapshot), null, null);
	}

	/**
	 * Page {@code page} (from 2) of a section's card grid: its own title and canonical
	 * URL, so search engines index each page rather than folding them into the first.
	 */
	public PageMetadata sectionPage(ContentSnapshot snapshot, Section section, int page, int pageCount) {
		String headline = section.title() + " (page " + page + " of " + pageCount + ")";
		return new PageMetadata(headline + " - " + snapshot.site().name(), headline, section.intro(),
				this.site.absolute(section.path() + "/page/" + page), "website", siteImage(snapshot), null, null);
	}

	public PageMetadata article(ContentSnapshot snapshot, Article article) {
		Section section = snapshot.site().section(article.section());
		PageMetadata.PreviewImage image = new PageMetadata.PreviewImage(
				this.site.absolute(ShareImagePaths.forArticle(article)), ShareImageRenderer.WIDTH,
				ShareImageRenderer.HEIGHT,
				"“" + article.title() + "”, an article in " + section.title() + " on " + snapshot.site().name());
		PageMetadata.ArticleFacts facts = new PageMetadata.ArticleFacts(article.published().toString(),
				article.reviewed().toString(), section.title(), article.tags());
		return new PageMetadata(article.title() + " - " + snapshot.site().name(), article.title(), article.summary(),
				this.site.absolute(article.path()), "article", image, facts,
				this.structuredData.article(snapshot, article));
	}

	public PageMetadata page(ContentSnapshot snapshot, Page page) {
		return new PageMetadata(page.title() + " - " + snapshot.site().name(), page.title(), page.summary(),
				this.site.absolute(page.path()), "website", siteImage(snapshot), null, null);
	}

	/** A site page of its own, such as the A-Z index, at {@code path}. */
	public PageMetadata listing(ContentSnapshot snapshot, String title, String description, String path) {
		return new PageMetadata(title + " - " + snapshot.site().name(), title, description, this.site.absolute(path),
				"website", siteImage(snapshot), null, null);
	}

	/**
	 * Search results: no canonical URL, so the head says {@code noindex}; they are never
	 * in the sitemap.
	 */
	public PageMetadata searchResults(ContentSnapshot snapshot, String title) {
		return new PageMetadata(title + " - " + snapshot.site().name(), title, snapshot.site().description(), null,
				"website", siteImage(snapshot), null, null);
	}

	/** Error pages have no canonical URL: they are not pages anyone should link to. */
	public PageMetadata error(ContentSnapshot snapshot, String title) {
		return new PageMetadata(title + " - " + snapshot.site().name(), title, snapshot.site().description(), null,
				"website", siteImage(snapshot), null, null);
	}

	private PageMetadata.PreviewImage siteImage(ContentSnapshot snapshot) {
		return new PageMetadata.PreviewImage(this.site.absolute(ShareImagePaths.SITE), ShareImageRenderer.WIDTH,
				ShareImageRenderer.HEIGHT, snapshot.site().name() + ": " + snapshot.site().tagline());
	}

}
