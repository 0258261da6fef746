package org.crampguide.content.load;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.crampguide.content.Article;
import org.crampguide.content.ContentError;
import org.crampguide.content.Page;
import org.crampguide.content.SiteDescription;

/**
 * Maps each old path an article lists under {@code aliases} to the article, refusing
 * aliases that are live pages or already taken.
 */
final class AliasIndex {

	private final SiteDescription site;

	private final Map<String, Article> articles;

	private final Map<String, Page> pages;

	private final Map<String, byte[]> files;

	private final List<ContentError> errors;

	AliasIndex(SiteDescription site, Map<String, Article> articles, Map<String, Page> pages, Map<String, byte[]> files,
			List<ContentError> errors) {
		this.site = site;
		this.articles = articles;
		this.pages = pages;
		this.files = files;
		this.errors = errors;
	}

	Map<String, String> build() {
		Map<String, String> aliases = new HashMap<>();
		Set<String> taken = new HashSet<>(this.articles.keySet());
		this.pages.keySet().forEach((slug) -> taken.add("/" + slug));
		this.site.sectionIds().forEach((section) -> taken.add("/" + section));
		for (Article article : this.articles.values()) {
			if (article.draft()) {
				continue;
			}
			for (String alias : article.aliases()) {
				if (taken.contains(alias)) {
					error(article, alias, "'" + alias + "' is already a live page");
				}
				else if (aliases.putIfAbsent(alias, article.path()) != null) {
					error(article, alias, "'" + alias + "' already redirects to " + aliases.get(alias));
				}
			}
		}
		return aliases;
	}

	private void error(Article article, String alias, String message) {
		this.errors.add(new ContentError(article.file(), SourceLines.lineOf(this.files, article.file(), alias),
				"aliases", message));
	}

}
