package org.crampguide.web;

import java.util.List;

import org.crampguide.content.ContentSnapshot;
import org.crampguide.content.HomeContent;

/**
 * The home page's section cards: each section with its first few articles
 * ({@code home.articlesPerSection} in {@code site.yml}), never every title, so the home
 * page stays short however large the site grows.
 */
final class HomeSections {

	/** Used when {@code site.yml} has no home block. */
	static final int DEFAULT_PER_SECTION = 4;

	private HomeSections() {
	}

	static List<SectionView> of(ContentSnapshot snapshot) {
		HomeContent home = snapshot.site().home();
		int perSection = (home != null) ? home.articlesPerSection() : DEFAULT_PER_SECTION;
		return snapshot.site().sections().stream().map((section) -> {
			var articles = snapshot.publishedIn(section.id());
			return new SectionView(section, articles.subList(0, Math.min(perSection, articles.size())),
					articles.size());
		}).toList();
	}

}
