package org.crampguide.search;

import org.crampguide.content.ContentError;
import org.crampguide.content.LoadResult;
import org.crampguide.content.load.ContentFiles;
import org.crampguide.testsupport.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;

/** The index of the real {@code content/} folder, built once for the search tests. */
final class BundledIndex {

	private static SearchIndex index;

	private BundledIndex() {
	}

	static synchronized SearchIndex get() {
		if (index == null) {
			LoadResult result = Fixtures.loader().load(ContentFiles.fromDirectory(Fixtures.SITE_CONTENT), null, 1);
			assertThat(result.errors()).extracting(ContentError::toString).isEmpty();
			index = SearchIndex.of(result.snapshot());
		}
		return index;
	}

}
