package org.crampguide.pages;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.crampguide.content.ContentSnapshot;

/**
 * Renders every page of a snapshot that its sources mark as prerendered into the store,
 * past pages that fail: those are logged and rendered again when asked for.
 */
final class Prerender {

	/** Logged as the store, as before this was split from it. */
	private static final Log logger = LogFactory.getLog(PageStore.class);

	private Prerender() {
	}

	static void everyPage(PageStore store, ContentSnapshot snapshot) {
		long start = System.nanoTime();
		long count = store.sources()
			.stream()
			.filter(PageSource::prerendered)
			.flatMap((source) -> source.paths(snapshot))
			.distinct()
			.filter((path) -> one(store, snapshot, path))
			.count();
		logger.info("Rendered " + count + " pages of snapshot " + snapshot.version() + " in "
				+ (System.nanoTime() - start) / 1_000_000 + " ms");
	}

	private static boolean one(PageStore store, ContentSnapshot snapshot, String path) {
		try {
			return store.find(snapshot, path).isPresent();
		}
		catch (RuntimeException ex) {
			logger.error("Could not render " + path + "; it is rendered again when asked for", ex);
			return false;
		}
	}

}
