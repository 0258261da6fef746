package org.crampguide.content.load;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.crampguide.content.ContentError;
import org.crampguide.content.ContentException;
import org.crampguide.testsupport.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A section may not take a path the site answers itself: "sections win", so a section
 * called {@code search} or {@code a-z} would hide those pages, and one called
 * {@code images} or {@code share} would hide its own articles.
 */
class ReservedSectionTests {

	@ParameterizedTest
	@ValueSource(strings = { "search", "a-z", "images", "share", "sitemaps", "page" })
	void refusesASectionNamedLikeOneOfTheSitesOwnPaths(String id) {
		Map<String, byte[]> files = new LinkedHashMap<>(ContentFiles.fromDirectory(Fixtures.CONTENT));
		String site = new String(files.get("site.yml"), StandardCharsets.UTF_8).replace("sections:\n",
				"sections:\n  " + id + ": {title: Odd one, order: 9, intro: A section with a reserved name.}\n");
		files.put("site.yml", site.getBytes(StandardCharsets.UTF_8));
		// A broken site.yml at startup stops the site, naming the problem.
		assertThatExceptionOfType(ContentException.class).isThrownBy(() -> Fixtures.loader().load(files, null, 1))
			.satisfies((ex) -> assertThat(ex.errors()).extracting(ContentError::toString)
				.anySatisfy((error) -> assertThat(error).contains("site.yml")
					.contains("'" + id + "' is a path the site uses itself")));
	}

}
