package org.crampguide.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The fixture tree with many generated articles in one section, for pagination: a copy of
 * {@link Fixtures#CONTENT} in a temporary folder, plus {@code count} short, valid
 * articles in {@code causes} titled "Generated article 001", "Generated article 002"...
 */
public final class LargeSection {

	/** The section the articles are generated into. */
	public static final String SECTION = "causes";

	private static final String ARTICLE = """
			---
			title: Generated article %1$03d
			summary: Generated article %1$d exists so the section has more cards than fit on one page of its grid.
			tags: [legs, night]
			image:
			  src: images/lead.svg
			  alt: A calf muscle drawn as a tight knot
			  caption: The calf is where most night cramps strike.
			  credit: Illustration by Test Guide contributors
			  license: CC BY 4.0
			published: 2026-11-01
			reviewed: 2026-11-10
			sources:
			  - title: Leg cramps
			    publisher: NHS
			    url: https://www.nhs.uk/conditions/leg-cramps/
			  - title: Muscle cramp
			    publisher: Mayo Clinic
			    url: https://www.mayoclinic.org/diseases-conditions/muscle-cramp/symptoms-causes/syc-20350820
			---
			Generated article number %1$d. See [night cramps](/causes/night-cramps).
			""";

	private LargeSection() {
	}

	/**
	 * Writes the tree into a new temporary folder.
	 * @param count how many articles to add to {@link #SECTION} (the fixture already has
	 * one there)
	 * @return the content folder
	 */
	public static Path create(int count) {
		try {
			Path folder = Fixtures.copy(Fixtures.CONTENT, Files.createTempDirectory("large-section"));
			for (int i = 1; i <= count; i++) {
				Path file = folder.resolve("articles/" + SECTION + "/generated-" + i + ".md");
				Files.writeString(file, ARTICLE.formatted(i), StandardCharsets.UTF_8);
			}
			return folder;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
