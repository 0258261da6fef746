package org.crampguide.content.load;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.function.Function;
import java.util.List;
import java.util.Map;

import org.crampguide.content.Article;
import org.crampguide.content.ContentError;
import org.crampguide.content.Page;
import org.crampguide.content.ReadingGrade;
import org.crampguide.content.SiteDescription.WritingRules;
import org.crampguide.markdown.CalloutKind;
import org.crampguide.markdown.RenderedBody;

/**
 * The writing rules of {@code site.yml} that need a rendered body or the whole tree:
 * article length, how many IMPORTANT callouts a page may use, and no two published
 * articles with the same title or summary. Checked at load, so a writer sees them under
 * {@code ./mvnw spring-boot:run}, not only in the build. A page that breaks them is still
 * served: they are editorial, not safety, rules.
 */
final class EditorialRules {

	private final WritingRules rules;

	private final Map<String, byte[]> files;

	private final List<ContentError> errors;

	EditorialRules(WritingRules rules, Map<String, byte[]> files, List<ContentError> errors) {
		this.rules = rules;
		this.files = files;
		this.errors = errors;
	}

	void check(Collection<Article> articles, Collection<Page> pages) {
		checkUnique(articles, "title", Article::title);
		checkUnique(articles, "summary", Article::summary);
		List<Article> all = List.copyOf(articles);
		// Counted in parallel: with 10,000 articles this was a twentieth of the load, on
		// one core while the other waited.
		int[] wordCounts = all.parallelStream()
			.mapToInt((article) -> ReadingGrade.words(article.body().text()))
			.toArray();
		for (int i = 0; i < all.size(); i++) {
			Article article = all.get(i);
			int words = wordCounts[i];
			if (!article.draft() && (words < this.rules.minWords() || words > this.rules.maxWords())) {
				this.errors.add(new ContentError(article.file(), SourceLines.lineOf(this.files, article.file(), "---"),
						"body", "has " + words + " words; articles need " + this.rules.minWords() + " to "
								+ this.rules.maxWords()));
			}
			checkImportantCallouts(article.file(), article.body());
		}
		pages.forEach((page) -> checkImportantCallouts(page.file(), page.body()));
	}

	/**
	 * Two published articles with the same title or summary read as one in search results
	 * and link previews; the later file (by path) is told which one it repeats.
	 */
	private void checkUnique(Collection<Article> articles, String field, Function<Article, String> value) {
		Map<String, Article> first = new HashMap<>();
		articles.stream()
			.filter((article) -> !article.draft())
			.sorted(Comparator.comparing(Article::file))
			.forEach((article) -> {
				Article earlier = first.putIfAbsent(value.apply(article).toLowerCase(Locale.ROOT), article);
				if (earlier != null) {
					this.errors.add(new ContentError(article.file(),
							SourceLines.lineOf(this.files, article.file(), field + ":"), field,
							"is the same as the " + field + " of " + earlier.file() + "; every article needs its own"));
				}
			});
	}

	private void checkImportantCallouts(String file, RenderedBody body) {
		long important = body.callouts().stream().filter((kind) -> kind == CalloutKind.IMPORTANT).count();
		if (important > this.rules.maxImportantCallouts()) {
			this.errors.add(new ContentError(file, SourceLines.lineOf(this.files, file, "[!IMPORTANT]"), "callout",
					"has " + important + " [!IMPORTANT] callouts; a page may have at most "
							+ this.rules.maxImportantCallouts()));
		}
	}

}
