package org.crampguide.pages;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.crampguide.content.ContentSnapshot;

/**
 * Produces some of the site's pages from a snapshot alone, without a request, so each
 * page can be rendered once and served, cached or exported as bytes. Implemented by each
 * feature that owns pages (articles and sections, feeds, link previews, assets).
 */
public interface PageSource {

	/**
	 * The resource at {@code path} (for example {@code /causes/heat-cramps}), or empty
	 * when this source has none there. Must be cheap for paths it does not own.
	 */
	Optional<PageBody> render(ContentSnapshot snapshot, String path);

	/**
	 * Every path this source answers in {@code snapshot}: what is prerendered and
	 * exported.
	 */
	Stream<String> paths(ContentSnapshot snapshot);

	/**
	 * Whether the store renders this source's pages when a snapshot is built. Sources of
	 * costly, rarely fetched resources (link-preview PNGs) say no: they render on first
	 * request, and the export still writes them.
	 */
	default boolean prerendered() {
		return true;
	}

	/**
	 * Files only the static export writes (such as {@code /404.html}), keyed by path; the
	 * live site answers those with its own error handling.
	 */
	default Map<String, PageBody> exportOnly(ContentSnapshot snapshot) {
		return Map.of();
	}

}
