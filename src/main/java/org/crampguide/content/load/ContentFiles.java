package org.crampguide.content.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Reads a whole content tree into memory, from a folder on disk or from the classpath
 * (inside the jar). The tree is small, and holding it in memory lets images be served
 * from a map, so no request path ever touches the file system.
 */
public final class ContentFiles {

	private ContentFiles() {
	}

	/** Every regular, non-hidden file below {@code root}, keyed by its relative path. */
	public static Map<String, byte[]> fromDirectory(Path root) {
		if (!Files.isDirectory(root)) {
			throw new UncheckedIOException(new IOException("content folder not found: " + root.toAbsolutePath()));
		}
		Map<String, byte[]> files = new TreeMap<>();
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : (Iterable<Path>) paths::iterator) {
				String relative = root.relativize(path).toString().replace('\\', '/');
				if (Files.isRegularFile(path) && !isHidden(relative)) {
					files.put(relative, Files.readAllBytes(path));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return files;
	}

	/**
	 * Every file below {@code location} on the classpath, keyed by its path relative to
	 * it.
	 */
	public static Map<String, byte[]> fromClasspath(String location) {
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		Map<String, byte[]> files = new TreeMap<>();
		try {
			String root = resolver.getResource("classpath:" + location + "/").getURL().toString();
			for (Resource resource : resolver.getResources("classpath:" + location + "/**")) {
				String url = resource.getURL().toString();
				if (!url.startsWith(root) || url.endsWith("/") || !resource.isReadable()) {
					continue;
				}
				String relative = url.substring(root.length());
				if (!isHidden(relative)) {
					try (InputStream in = resource.getInputStream()) {
						files.put(relative, in.readAllBytes());
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return files;
	}

	private static boolean isHidden(String relative) {
		return relative.startsWith(".") || relative.contains("/.");
	}

}
