package org.crampguide.system;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The canonical spelling of a path: lower case, single slashes, no trailing slash; and
 * the paths the filter leaves alone.
 */
class CanonicalPathFilterTests {

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(textBlock = """
			/,                          /
			/causes,                    /causes
			/Causes,                    /causes
			/causes/,                   /causes
			/causes//night-cramps,      /causes/night-cramps
			///causes///night-cramps/,  /causes/night-cramps
			/CAUSES/Night-Cramps/,      /causes/night-cramps
			//evil.example/,            /evil.example
			/About/,                    /about
			/sitemap.XML,               /sitemap.xml
			""")
	void foldsCaseCollapsesSlashesAndDropsATrailingSlash(String path, String canonical) {
		assertThat(CanonicalPathFilter.canonicalize(path)).isEqualTo(canonical);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "/causes\\night-cramps", "/images/Calf.SVG", "/css/Site.css", "/js/Share.js",
			"/actuator/Health", "/error", "/error/404" })
	void leavesEmptyBackslashedAndTechnicalPathsAlone(String path) {
		assertThat(CanonicalPathFilter.canonicalize(path)).isNull();
	}

}
