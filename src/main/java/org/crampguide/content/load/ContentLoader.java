package org.crampguide.content.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.crampguide.content.Article;
import org.crampguide.content.CareSigns;
import org.crampguide.content.ContentError;
import org.crampguide.content.ContentSnapshot;
import org.crampguide.content.ContentSource;
import org.crampguide.content.ImageAsset;
import org.crampguide.content.LoadResult;
import org.crampguide.content.Page;
import org.crampguide.content.SearchSynonyms;
import org.crampguide.content.SiteDescription;
import org.crampguide.content.SitePaths;
import org.crampguide.markdown.ImageCatalog;
import org.crampguide.markdown.MarkdownRenderer;
import org.crampguide.markdown.RenderContext;
import org.crampguide.site.SiteProperties;

import org.springframework.stereotype.Component;

/**
 * Builds a {@link ContentSnapshot} from the files of a content tree. A file with errors
 * is left out, or, when the previous snapshot had a good version of it, that version is
 * kept, so a broken edit never takes a page down. Only {@code articles/}, {@code pages/},
 * {@code images/}, {@code site.yml} and {@code care-signs.yml} are content: anything
 * else, such as the writers' {@code templates/}, is never read.
 */
@Component
public class ContentLoader implements ContentSource {

	private final MarkdownRenderer markdown;

	private final SiteProperties properties;

	private final ArticleFiles articleFiles = new ArticleFiles();

	public ContentLoader(MarkdownRenderer markdown, SiteProperties properties) {
		this.markdown = markdown;
		this.properties = properties;
	}

	@Override
	public LoadResult load(ContentSnapshot previous, long version) {
		Path folder = this.properties.contentDir();
		return load((folder != null) ? ContentFiles.fromDirectory(folder) : ContentFiles.fromClasspath("content"),
				previous, version);
	}

	@Override
	public String describe() {
		Path folder = this.properties.contentDir();
		return (folder != null) ? folder.toAbsolutePath().toString() : "the bundled content";
	}

	/**
	 * @param files the content tree, keyed by relative path
	 * @param previous the snapshot being replaced, or {@code null} at startup
	 * @param version the new snapshot's version
	 */
	public LoadResult load(Map<String, byte[]> files, ContentSnapshot previous, long version) {
		List<ContentError> errors = new ArrayList<>();
		Set<String> kept = new HashSet<>();
		Map<String, ImageAsset> images = readImages(files, previous, errors, kept);
		ImageCatalog catalog = new LoadedImages(images);
		SiteDescription site = SiteReader.readOrKeep(files, previous, errors);
		CareSigns signs = CareSignReader.readOrKeep(files, site, previous, errors);
		SearchSynonyms synonyms = SynonymReader.readOrKeep(files, previous, errors);
		CareSignCheck homeSigns = new CareSignCheck(signs, "content/site.yml", 1, errors);
		site = site.withHomeSigns(homeSigns.homeSigns(site.emergency().signs()), homeSigns.homeLevels(site.home()));
		RenderContext context = new RenderContext(catalog, site.callouts());
		Map<String, Article> articles = this.articleFiles.read(files, previous,
				new ArticleReader(this.markdown, context, site, signs), site, errors, kept);
		Map<String, Page> pages = readPages(files, previous, new PageReader(this.markdown, context, signs), site,
				errors, kept);
		Map<String, String> aliases = new AliasIndex(site, articles, pages, files, errors).build();
		new CrossReferenceCheck(site, articles, pages, aliases, images, files, errors).run();
		new EditorialRules(site.rules(), files, errors).check(articles.values(), pages.values());
		return new LoadResult(new ContentSnapshot(version, site, signs, synonyms, articles, pages, aliases, images),
				errors, kept);
	}

	private Map<String, ImageAsset> readImages(Map<String, byte[]> files, ContentSnapshot previous,
			List<ContentError> errors, Set<String> kept) {
		Map<String, ImageAsset> images = new HashMap<>();
		files.forEach((path, bytes) -> {
			if (path.startsWith("images/") && path.indexOf('/', 7) < 0) {
				SourceFile file = new SourceFile(path, bytes);
				if (!ImageReader.isImage(path)) {
					errors.add(new ContentError(file.displayPath(), 1, "image",
							"only .svg, .png, .jpg and .webp are served"));
					return;
				}
				ImageAsset image = OneFile.read(file, errors, () -> ImageReader.read(file, errors));
				String name = path.substring(7);
				if (image == null && previous != null) {
					image = previous.image(name).orElse(null);
					if (image != null) {
						kept.add(file.displayPath());
					}
				}
				if (image != null) {
					images.put(name, image);
				}
			}
		});
		return images;
	}

	private Map<String, Page> readPages(Map<String, byte[]> files, ContentSnapshot previous, PageReader reader,
			SiteDescription site, List<ContentError> errors, Set<String> kept) {
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
			Page page = OneFile.read(file, errors, () -> reader.read(file, errors));
			if (page != null && (site.hasSection(page.slug()) || SitePaths.isReserved(page.slug()))) {
				errors.add(new ContentError(file.displayPath(), 1, "slug",
						"'" + page.slug() + "' is taken by the site itself"));
				return;
			}
			page = LastGood.orLastGood(page, previous, file, (snapshot) -> snapshot.pages().values(), Page::file, kept);
			if (page != null) {
				pages.put(page.slug(), page);
			}
		});
		return pages;
	}

}
