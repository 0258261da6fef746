package org.crampguide.content.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Reads a whole content tree into memory, from a folder on disk or from the classpath
 * (inside the jar). The tree is small, and holding it in memory lets images be served
 * from a map, so no request path ever touches the file system.
 */
public final class ContentFiles {

	private static final Log logger = LogFactory.getLog(ContentFiles.class);

	private ContentFiles() {
	}

	/**
	 * Every regular, non-hidden file below {@code folder}, keyed by its relative path.
	 * The folder itself may be a link (release links, mounted volumes); a link inside it
	 * counts only when it resolves to a regular file inside the folder, so no link can
	 * publish a file from elsewhere.
	 */
	public static Map<String, byte[]> fromDirectory(Path folder) {
		if (!Files.isDirectory(folder)) {
			throw new UncheckedIOException(new IOException("content folder not found: " + folder.toAbsolutePath()));
		}
		List<String> names = new ArrayList<>();
		List<Path> found = new ArrayList<>();
		try {
			Path root = folder.toRealPath();
			try (Stream<Path> paths = Files.walk(root)) {
				for (Path path : (Iterable<Path>) paths::iterator) {
					String relative = root.relativize(path).toString().replace('\\', '/');
					if (!isHidden(relative) && isContent(root, path, relative)) {
						names.add(relative);
						found.add(path);
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		// Read on every core: one file after another was a twentieth of a 10,000-article
		// load.
		List<byte[]> contents = found.parallelStream().map(ContentFiles::read).toList();
		Map<String, byte[]> files = new TreeMap<>();
		for (int i = 0; i < names.size(); i++) {
			files.put(names.get(i), contents.get(i));
		}
		return files;
	}

	private static byte[] read(Path path) {
		try {
			return Files.readAllBytes(path);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
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

	private static boolean isContent(Path root, Path path, String relative) throws IOException {
		if (!Files.isSymbolicLink(path)) {
			return Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS);
		}
		Path target = path.toRealPath();
		if (target.startsWith(root) && Files.isRegularFile(target)) {
			return true;
		}
		logger.error("Content file left out: content/" + relative + " is a link to something outside the content "
				+ "folder or not a regular file");
		return false;
	}

	private static boolean isHidden(String relative) {
		return relative.startsWith(".") || relative.contains("/.");
	}

}
