package org.crampguide.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * The fixture content trees under {@code src/test/resources/fixtures}, and copies of them
 * that a test may edit.
 */
public final class Fixtures {

	/**
	 * A valid tree: five articles, a draft, a page, images, and an article that moved
	 * section (with aliases).
	 */
	public static final Path CONTENT = Path.of("src/test/resources/fixtures/content");

	/** One good article among broken ones. */
	public static final Path BROKEN_CONTENT = Path.of("src/test/resources/fixtures/broken-content");

	/** The real content tree of the site. */
	public static final Path SITE_CONTENT = Path.of("content");

	private Fixtures() {
	}

	/**
	 * Copies {@code source} into {@code target} so that a test can change files freely.
	 */
	public static Path copy(Path source, Path target) {
		try (Stream<Path> paths = Files.walk(source)) {
			for (Path path : (Iterable<Path>) paths::iterator) {
				Path destination = target.resolve(source.relativize(path).toString());
				if (Files.isDirectory(path)) {
					Files.createDirectories(destination);
				}
				else {
					Files.copy(path, destination, StandardCopyOption.REPLACE_EXISTING);
				}
			}
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
