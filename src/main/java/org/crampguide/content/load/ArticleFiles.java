package org.crampguide.content.load;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.crampguide.content.Article;
import org.crampguide.content.ContentError;
import org.crampguide.content.ContentSnapshot;
import org.crampguide.content.SiteDescription;

/**
 * Reads the article files of a load: in parallel, since Markdown rendering is what a load
 * costs, and only those that changed since the last load (see {@link ReadMemo}).
 */
final class ArticleFiles {

	private final ReadMemo<Article> memo = new ReadMemo<>();

	Map<String, Article> read(Map<String, byte[]> files, ContentSnapshot previous, ArticleReader reader,
			SiteDescription site, List<ContentError> errors, Set<String> kept) {
		List<String> paths = new ArrayList<>();
		files.forEach((path, bytes) -> {
			if (!path.startsWith("articles/")) {
				return;
			}
			String[] parts = path.split("/");
			if (parts.length != 3 || !site.hasSection(parts[1]) || !path.endsWith(".md")) {
				errors.add(new ContentError(new SourceFile(path, bytes).displayPath(), 1, "section",
						"articles live in content/articles/<section>/<slug>.md, with <section> one of "
								+ site.sectionIds() + " (the sections of content/site.yml)"));
				return;
			}
			paths.add(path);
		});
		byte[] context = readingContext(files);
		// Markdown rendering is the cost of a load: spread it over the cores, and skip
		// files
		// that did not change. Results are merged in file order, so errors stay in order.
		List<ReadMemo.Result<Article>> results = paths.parallelStream()
			.map((path) -> this.memo.read(path, files.get(path), context, () -> {
				List<ContentError> own = new ArrayList<>();
				SourceFile file = new SourceFile(path, files.get(path));
				Article read = OneFile.read(file, own, () -> reader.read(file, path.split("/")[1], own));
				return new ReadMemo.Result<>(read, List.copyOf(own));
			}))
			.toList();
		this.memo.retainOnly(new HashSet<>(paths));
		Map<String, Article> articles = new LinkedHashMap<>();
		for (int i = 0; i < paths.size(); i++) {
			SourceFile file = new SourceFile(paths.get(i), files.get(paths.get(i)));
			errors.addAll(results.get(i).errors());
			Article article = LastGood.orLastGood(results.get(i).value(), previous, file,
					(snapshot) -> snapshot.allArticles().values(), Article::file, kept);
			if (article != null) {
				Article clash = articles.putIfAbsent(article.path(), article);
				if (clash != null) {
					errors.add(new ContentError(file.displayPath(), 1, "slug",
							"has the same URL " + article.path() + " as " + clash.file()));
				}
			}
		}
		return articles;
	}

	/**
	 * What reading an article depends on besides its own bytes: the site description, the
	 * care signs and the images (whose sizes figures use).
	 */
	private static byte[] readingContext(Map<String, byte[]> files) {
		List<byte[]> parts = new ArrayList<>();
		files.forEach((path, bytes) -> {
			if (!path.startsWith("articles/") && !path.startsWith("pages/")) {
				parts.add(path.getBytes(StandardCharsets.UTF_8));
				parts.add(bytes);
			}
		});
		return ReadMemo.digest(parts.toArray(byte[][]::new));
	}

}
