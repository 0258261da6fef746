package org.crampguide.web;

import java.util.List;

import org.crampguide.content.ContentSnapshot;
import org.crampguide.seo.PageMetadata;
import org.springframework.ui.Model;

/**
 * The attributes that the shared layout needs on every page: the site, its sections for
 * navigation, the footer pages, and the page's metadata.
 */
final class LayoutModel {

	/** Footer links, in order, shown when the page exists. */
	private static final List<String> FOOTER_PAGES = List.of("about", "editorial-policy", "disclaimer");

	private LayoutModel() {
	}

	static void apply(Model model, ContentSnapshot snapshot, PageMetadata meta, String currentSection) {
		model.addAttribute("site", snapshot.site());
		model.addAttribute("meta", meta);
		model.addAttribute("currentSection", currentSection);
		model.addAttribute("footerPages",
				FOOTER_PAGES.stream().map(snapshot::page).flatMap(java.util.Optional::stream).toList());
	}

}
