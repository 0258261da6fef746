package org.crampguide.pages.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Where an export is written: a staging folder beside the target, swapped in by renames
 * when complete. Only an empty folder or an earlier export (marked by {@link #MARKER}) is
 * replaced; any other folder is refused, so a mistyped path deletes nothing.
 */
final class ExportFolder {

	static final String MARKER = ".cramp-guide-export";

	private final Path target;

	private final Path staging;

	private ExportFolder(Path target, Path staging) {
		this.target = target;
		this.staging = staging;
	}

	static ExportFolder prepare(Path target) {
		Path absolute = target.toAbsolutePath().normalize();
		if (Files.exists(absolute) && !isEmpty(absolute) && !Files.exists(absolute.resolve(MARKER))) {
			throw new IllegalStateException(
					absolute + " is not empty and is not an earlier export; " + "export into a new or empty folder");
		}
		Path staging = absolute.resolveSibling(absolute.getFileName() + ".exporting");
		try {
			delete(staging);
			Files.createDirectories(staging);
			Files.writeString(staging.resolve(MARKER), "Written by the Cramp Guide static export.\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create " + staging, ex);
		}
		return new ExportFolder(absolute, staging);
	}

	Path staging() {
		return this.staging;
	}

	/** Replaces the target by the finished export. */
	void commit() {
		Path old = this.target.resolveSibling(this.target.getFileName() + ".old");
		try {
			delete(old);
			if (Files.exists(this.target)) {
				Files.move(this.target, old, StandardCopyOption.ATOMIC_MOVE);
			}
			Files.move(this.staging, this.target, StandardCopyOption.ATOMIC_MOVE);
			delete(old);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot move the export into " + this.target, ex);
		}
	}

	private static boolean isEmpty(Path folder) {
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.findAny().isEmpty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + folder, ex);
		}
	}

	/** Deletes a staging or old folder, but only an empty one or one this class made. */
	private static void delete(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		if (!Files.exists(folder.resolve(MARKER)) && !isEmpty(folder)) {
			throw new IllegalStateException(folder + " is in the way and is not an earlier export; move it away");
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
				Files.delete(path);
			}
		}
	}

}
