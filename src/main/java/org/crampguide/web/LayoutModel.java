package org.crampguide.web;

import java.util.Map;
import java.util.Optional;

import org.crampguide.content.ContentSnapshot;
import org.crampguide.seo.PageMetadata;

/**
 * The attributes that the shared layout needs on every page: the site, its sections for
 * navigation, the footer pages, and the page's metadata.
 */
final class LayoutModel {

	private LayoutModel() {
	}

	static void apply(Map<String, Object> model, ContentSnapshot snapshot, PageMetadata meta, String currentSection) {
		model.put("site", snapshot.site());
		model.put("meta", meta);
		model.put("currentSection", currentSection);
		model.put("footerPages",
				snapshot.site().footer().stream().map(snapshot::page).flatMap(Optional::stream).toList());
	}

}
