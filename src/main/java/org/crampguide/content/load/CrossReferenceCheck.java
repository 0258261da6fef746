package org.crampguide.content.load;

import org.crampguide.content.Article;
import org.crampguide.content.SitePaths;
import org.crampguide.content.SiteDescription;
import org.crampguide.content.ContentError;
import org.crampguide.content.ImageAsset;
import org.crampguide.content.Page;
import org.crampguide.markdown.RenderedBody;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks what only the whole tree can tell: internal links (and the home page's links)
 * resolve, {@code related} slugs exist, and every image is used. These problems are
 * reported (and fail strict mode) but never take a page off the site.
 */
final class CrossReferenceCheck {

	private final SiteDescription site;

	private final Map<String, Article> articles;

	private final Map<String, Page> pages;

	private final Map<String, String> aliases;

	private final Map<String, ImageAsset> images;

	private final Map<String, byte[]> files;

	private final List<ContentError> errors;

	CrossReferenceCheck(SiteDescription site, Map<String, Article> articles, Map<String, Page> pages,
			Map<String, String> aliases, Map<String, ImageAsset> images, Map<String, byte[]> files,
			List<ContentError> errors) {
		this.site = site;
		this.articles = articles;
		this.pages = pages;
		this.aliases = aliases;
		this.images = images;
		this.files = files;
		this.errors = errors;
	}

	void run() {
		Set<String> usedImages = new HashSet<>();
		Set<String> publishedSlugs = new HashSet<>();
		this.articles.values().stream().filter((a) -> !a.draft()).forEach((a) -> publishedSlugs.add(a.slug()));
		for (Article article : this.articles.values()) {
			usedImages.add(article.image().src().substring("/images/".length()));
			collectImages(article.body(), usedImages);
			checkLinks(article.file(), article.body());
			for (String slug : article.related()) {
				if (!publishedSlugs.contains(slug) || slug.equals(article.slug())) {
					this.errors.add(new ContentError(article.file(), lineOf(article.file(), "related:"), "related",
							"'" + slug + "' is not another published article"));
				}
			}
		}
		for (Page page : this.pages.values()) {
			collectImages(page.body(), usedImages);
			checkLinks(page.file(), page.body());
		}
		if (this.site.home() != null) {
			this.site.home()
				.links()
				.stream()
				.filter((link) -> !resolves(link))
				.forEach((link) -> this.errors
					.add(new ContentError("content/site.yml", lineOf("content/site.yml", "link: " + link), "home",
							"'" + link + "' does not lead to any page")));
		}
		this.images.keySet()
			.stream()
			.filter((name) -> !usedImages.contains(name))
			.sorted()
			.forEach((name) -> this.errors
				.add(new ContentError("content/images/" + name, 1, "image", "is not used by any article or page")));
	}

	private static void collectImages(RenderedBody body, Set<String> used) {
		body.images().forEach((path) -> used.add(path.substring(path.indexOf('/') + 1)));
	}

	private void checkLinks(String file, RenderedBody body) {
		body.internalLinks()
			.stream()
			.filter((link) -> !resolves(link))
			.sorted()
			.forEach((link) -> this.errors.add(new ContentError(file, lineOf(file, "](" + link), "link",
					"'" + link + "' does not lead to any page", NearestName.didYouMeanPath(link, linkTargets()))));
	}

	/** Every path a link may lead to, for "did you mean" hints. */
	private List<String> linkTargets() {
		List<String> targets = new ArrayList<>();
		this.articles.values().stream().filter((a) -> !a.draft()).forEach((a) -> targets.add(a.path()));
		this.pages.keySet().forEach((slug) -> targets.add("/" + slug));
		this.site.sectionIds().forEach((id) -> targets.add("/" + id));
		return targets;
	}

	private int lineOf(String file, String text) {
		return SourceLines.lineOf(this.files, file, text);
	}

	private boolean resolves(String link) {
		String path = link.contains("?") ? link.substring(0, link.indexOf('?')) : link;
		if (SitePaths.PAGES.contains(path) || this.aliases.containsKey(path)) {
			return true;
		}
		Article article = this.articles.get(path);
		if (article != null) {
			return !article.draft();
		}
		String single = path.substring(1);
		return this.site.hasSection(single) || this.pages.containsKey(single)
				|| (path.startsWith("/images/") && this.images.containsKey(path.substring(8)));
	}

}
