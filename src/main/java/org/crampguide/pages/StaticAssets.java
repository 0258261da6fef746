package org.crampguide.pages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.crampguide.content.ContentSnapshot;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.MediaTypeFactory;
import org.springframework.stereotype.Component;

/**
 * The files of {@code static/} (CSS, scripts, the favicon), read once at startup. Each is
 * served at its own path with the page cache time, so old pages keep working, and at a
 * fingerprinted path ({@code /css/site.3f2a9c41d0.css}) that may be kept for a year;
 * templates link the fingerprinted one (see {@link AssetLinkBuilder}).
 */
@Component
public class StaticAssets implements PageSource {

	private static final String LOCATION = "classpath:static/";

	private final Map<String, PageBody> byPath = new LinkedHashMap<>();

	private final Map<String, String> fingerprinted = new LinkedHashMap<>();

	public StaticAssets() {
		try {
			PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
			String root = resolver.getResource(LOCATION).getURL().toString();
			for (Resource resource : resolver.getResources(LOCATION + "**/*.*")) {
				String path = "/" + resource.getURL().toString().substring(root.length());
				add(path, resource.getContentAsByteArray());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the static assets", ex);
		}
	}

	private void add(String path, byte[] bytes) {
		String type = MediaTypeFactory.getMediaType(path).map(Object::toString).orElse("application/octet-stream");
		if (type.startsWith("text/") || type.equals("application/javascript")) {
			type += ";charset=UTF-8";
		}
		this.byPath.put(path, new PageBody(bytes, type, CachePolicy.PAGE));
		int dot = path.lastIndexOf('.');
		String versioned = path.substring(0, dot) + "." + StoredPage.hash(bytes).substring(0, 10) + path.substring(dot);
		this.byPath.put(versioned, new PageBody(bytes, type, CachePolicy.IMMUTABLE));
		this.fingerprinted.put(path, versioned);
	}

	/** The fingerprinted path of an asset, or the path itself when it is not one. */
	public String url(String path) {
		return this.fingerprinted.getOrDefault(path, path);
	}

	@Override
	public Optional<PageBody> render(ContentSnapshot snapshot, String path) {
		return Optional.ofNullable(this.byPath.get(path));
	}

	@Override
	public Stream<String> paths(ContentSnapshot snapshot) {
		return this.byPath.keySet().stream();
	}

}
