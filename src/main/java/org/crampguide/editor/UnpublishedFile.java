package org.crampguide.editor;

import java.util.List;
import java.util.Optional;

import org.crampguide.content.ContentError;
import org.crampguide.content.ErrorOutcome;
import org.crampguide.content.LoadResult;

/**
 * A new article or page file that has errors and so is not on the site yet, found by the
 * path it would be served at.
 *
 * @param path the site path the file would have ({@code /causes/new-article})
 * @param file the content file
 * @param errors its errors
 */
public record UnpublishedFile(String path, String file, List<ContentError> errors) {

	private static final String ARTICLES = "content/articles/";

	private static final String PAGES = "content/pages/";

	/** Whether the file is an article (otherwise a page). */
	public boolean article() {
		return this.file.startsWith(ARTICLES);
	}

	/** The left-out file that would be served at {@code path}, if any. */
	public static Optional<UnpublishedFile> at(LoadResult load, String path) {
		return load.errors()
			.stream()
			.filter((error) -> load.outcome(error) == ErrorOutcome.LEFT_OUT)
			.filter((error) -> path.equals(pathOf(error.file())))
			.findFirst()
			.map((first) -> new UnpublishedFile(path, first.file(),
					load.errors().stream().filter((error) -> error.file().equals(first.file())).toList()));
	}

	/**
	 * The path a content file is served at: its folder and file name (a {@code slug}
	 * field could move it, but a file that does not load has no trustworthy slug).
	 */
	static String pathOf(String file) {
		if (!file.endsWith(".md")) {
			return null;
		}
		String name = file.substring(0, file.length() - 3);
		if (name.startsWith(ARTICLES) && name.chars().filter((c) -> c == '/').count() == 3) {
			return "/" + name.substring(ARTICLES.length());
		}
		if (name.startsWith(PAGES) && name.indexOf('/', PAGES.length()) < 0) {
			return "/" + name.substring(PAGES.length());
		}
		return null;
	}

}
