package org.crampguide.content.load;

import java.util.Collection;
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
 * The writing rules of {@code site.yml} that need a rendered body: article length and how
 * many IMPORTANT callouts a page may use. Checked at load, so a writer sees them under
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
		for (Article article : articles) {
			int words = ReadingGrade.measure(article.body().text()).words();
			if (!article.draft() && (words < this.rules.minWords() || words > this.rules.maxWords())) {
				this.errors.add(new ContentError(article.file(), SourceLines.lineOf(this.files, article.file(), "---"),
						"body", "has " + words + " words; articles need " + this.rules.minWords() + " to "
								+ this.rules.maxWords()));
			}
			checkImportantCallouts(article.file(), article.body());
		}
		pages.forEach((page) -> checkImportantCallouts(page.file(), page.body()));
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
