package org.crampguide.web;

import java.util.Map;
import java.util.Optional;

import org.crampguide.content.ContentSnapshot;
import org.crampguide.seo.PageMetadata;

import org.springframework.ui.Model;

/**
 * The attributes that the shared layout needs on every page: the site, its sections for
 * navigation, the footer pages, and the page's metadata. Public for the pages of other
 * features (search, A-Z) that share the layout.
 */
public final class LayoutModel {

	private LayoutModel() {
	}

	public static void apply(Model model, ContentSnapshot snapshot, PageMetadata meta, String currentSection) {
		apply(model.asMap(), snapshot, meta, currentSection);
	}

	public static void apply(Map<String, Object> model, ContentSnapshot snapshot, PageMetadata meta,
			String currentSection) {
		model.put("site", snapshot.site());
		model.put("meta", meta);
		model.put("currentSection", currentSection);
		model.put("footerPages",
				snapshot.site().footer().stream().map(snapshot::page).flatMap(Optional::stream).toList());
	}

}
