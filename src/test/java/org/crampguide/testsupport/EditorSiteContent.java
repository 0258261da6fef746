package org.crampguide.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * Prepares the content of {@link EditorSite} before the context starts: a fresh copy of
 * the fixture tree under {@code target/}, plus a new article with a known error, so the
 * editor's view, banners and the page for a new broken file have something to show.
 */
public class EditorSiteContent implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	/** The copy the editor site serves, which tests may edit (and must restore). */
	public static final Path FOLDER = Path.of("target/editor-site-content");

	/** The new article with an error (a misspelt field), so it is left out. */
	public static final String NEW_BROKEN_FILE = "content/articles/causes/new-idea.md";

	/** The path that new article would have. */
	public static final String NEW_BROKEN_PATH = "/causes/new-idea";

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		try {
			FileSystemUtils.deleteRecursively(FOLDER);
			Fixtures.copy(Fixtures.CONTENT, FOLDER);
			String article = Files.readString(FOLDER.resolve("articles/treatments/quinine-facts.md"));
			Files.writeString(FOLDER.resolve("articles/causes/new-idea.md"), article.replaceFirst("title: ", "titel: ")
				.replace("tags: [medicines, quinine]", "tags: [medicine]"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		TestPropertyValues.of("crampguide.content-dir=" + FOLDER).applyTo(context);
	}

}
