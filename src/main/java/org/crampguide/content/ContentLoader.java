package org.crampguide.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.crampguide.markdown.ImageCatalog;
import org.crampguide.markdown.MarkdownRenderer;

/**
 * Builds a {@link ContentSnapshot} from the files of a content tree. A file with errors
 * is left out, or, when the previous snapshot had a good version of it, that version is
 * kept, so a broken edit never takes a page down.
 */
public final class ContentLoader {

	/** Paths the site itself answers, which pages must not take. */
	static final Set<String> RESERVED = Set.of("images", "css", "js", "assets", "actuator", "error", "share", "sitemap",
			"feed", "robots", "search", "static");

	private final MarkdownRenderer markdown = new MarkdownRenderer();

	/**
	 * @param files the content tree, keyed by relative path
	 * @param previous the snapshot being replaced, or {@code null} at startup
	 * @param version the new snapshot's version
	 */
	public LoadResult load(Map<String, byte[]> files, ContentSnapshot previous, long version) {
		List<ContentError> errors = new ArrayList<>();
		Map<String, ImageAsset> images = readImages(files, previous, errors);
		ImageCatalog catalog = (path) -> Optional.ofNullable(images.get(path.substring(path.indexOf('/') + 1)))
			.filter((image) -> path.startsWith("images/"))
			.map((image) -> new ImageCatalog.ImageSize(image.width(), image.height()));
		SiteInfo site = readSite(files, previous, errors);
		Map<String, Article> articles = readArticles(files, previous, catalog, errors);
		Map<String, Page> pages = readPages(files, previous, catalog, errors);
		Map<String, String> aliases = aliases(articles, pages, files, errors);
		new CrossReferenceCheck(articles, pages, aliases, images, files, errors).run();
		return new LoadResult(new ContentSnapshot(version, site, articles, pages, aliases, images),
				List.copyOf(errors));
	}

	private Map<String, ImageAsset> readImages(Map<String, byte[]> files, ContentSnapshot previous,
			List<ContentError> errors) {
		Map<String, ImageAsset> images = new HashMap<>();
		files.forEach((path, bytes) -> {
			if (path.startsWith("images/") && path.indexOf('/', 7) < 0) {
				SourceFile file = new SourceFile(path, bytes);
				if (!ImageReader.isImage(path)) {
					errors.add(new ContentError(file.displayPath(), 1, "image",
							"only .svg, .png, .jpg and .webp are served"));
					return;
				}
				ImageAsset image = ImageReader.read(file, errors);
				String name = path.substring(7);
				if (image == null && previous != null) {
					image = previous.image(name).orElse(null);
				}
				if (image != null) {
					images.put(name, image);
				}
			}
		});
		return images;
	}

	private SiteInfo readSite(Map<String, byte[]> files, ContentSnapshot previous, List<ContentError> errors) {
		byte[] bytes = files.get("site.yml");
		SiteInfo site = null;
		if (bytes == null) {
			errors.add(new ContentError("content/site.yml", 1, "site.yml", "is missing"));
		}
		else {
			site = SiteReader.read(new SourceFile("site.yml", bytes), errors);
		}
		if (site == null && previous != null) {
			return previous.site();
		}
		if (site == null) {
			throw new ContentException(errors);
		}
		return site;
	}

	private Map<String, Article> readArticles(Map<String, byte[]> files, ContentSnapshot previous, ImageCatalog catalog,
			List<ContentError> errors) {
		ArticleReader reader = new ArticleReader(this.markdown, catalog);
		Map<String, Article> articles = new LinkedHashMap<>();
		files.forEach((path, bytes) -> {
			if (!path.startsWith("articles/")) {
				return;
			}
			SourceFile file = new SourceFile(path, bytes);
			String[] parts = path.split("/");
			if (parts.length != 3 || !Slugs.SECTIONS.contains(parts[1]) || !path.endsWith(".md")) {
				errors.add(new ContentError(file.displayPath(), 1, "section",
						"articles live in content/articles/<section>/<slug>.md, with <section> one of "
								+ Slugs.SECTIONS));
				return;
			}
			Article article = reader.read(file, parts[1], errors);
			if (article == null && previous != null) {
				article = lastGood(previous, file.displayPath());
			}
			if (article != null) {
				Article clash = articles.putIfAbsent(article.path(), article);
				if (clash != null) {
					errors.add(new ContentError(file.displayPath(), 1, "slug",
							"has the same URL " + article.path() + " as " + clash.file()));
				}
			}
		});
		return articles;
	}

	private static Article lastGood(ContentSnapshot previous, String file) {
		return previous.allArticles().values().stream().filter((a) -> a.file().equals(file)).findFirst().orElse(null);
	}

	private Map<String, Page> readPages(Map<String, byte[]> files, ContentSnapshot previous, ImageCatalog catalog,
			List<ContentError> errors) {
		PageReader reader = new PageReader(this.markdown, catalog);
		Map<String, Page> pages = new LinkedHashMap<>();
		files.forEach((path, bytes) -> {
			if (!path.startsWith("pages/")) {
				return;
			}
			SourceFile file = new SourceFile(path, bytes);
			if (!path.endsWith(".md") || path.indexOf('/', 6) >= 0) {
				errors.add(new ContentError(file.displayPath(), 1, "page", "pages live in content/pages/<slug>.md"));
				return;
			}
			Page page = reader.read(file, errors);
			if (page != null && (Slugs.SECTIONS.contains(page.slug()) || RESERVED.contains(page.slug()))) {
				errors.add(new ContentError(file.displayPath(), 1, "slug",
						"'" + page.slug() + "' is taken by the site itself"));
				return;
			}
			if (page == null && previous != null) {
				page = previous.pages()
					.values()
					.stream()
					.filter((p) -> p.file().equals(file.displayPath()))
					.findFirst()
					.orElse(null);
			}
			if (page != null) {
				pages.put(page.slug(), page);
			}
		});
		return pages;
	}

	private static Map<String, String> aliases(Map<String, Article> articles, Map<String, Page> pages,
			Map<String, byte[]> files, List<ContentError> errors) {
		Map<String, String> aliases = new HashMap<>();
		Set<String> taken = new HashSet<>(articles.keySet());
		pages.keySet().forEach((slug) -> taken.add("/" + slug));
		Slugs.SECTIONS.forEach((section) -> taken.add("/" + section));
		for (Article article : articles.values()) {
			if (article.draft()) {
				continue;
			}
			for (String alias : article.aliases()) {
				if (taken.contains(alias)) {
					errors.add(new ContentError(article.file(), SourceLines.lineOf(files, article.file(), alias),
							"aliases", "'" + alias + "' is already a live page"));
				}
				else if (aliases.putIfAbsent(alias, article.path()) != null) {
					errors.add(new ContentError(article.file(), SourceLines.lineOf(files, article.file(), alias),
							"aliases", "'" + alias + "' already redirects to " + aliases.get(alias)));
				}
			}
		}
		return aliases;
	}

}
