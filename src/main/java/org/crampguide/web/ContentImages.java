package org.crampguide.web;

import java.util.Optional;
import java.util.stream.Stream;

import org.crampguide.content.ContentSnapshot;
import org.crampguide.pages.CachePolicy;
import org.crampguide.pages.PageBody;
import org.crampguide.pages.PageSource;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Content images at {@code /images/<name>}, from the snapshot. Names are looked up in a
 * map, never joined onto a file path, so no request can reach a file outside
 * {@code content/images}.
 */
@Component
@Order(2)
class ContentImages implements PageSource {

	private static final String PREFIX = "/images/";

	@Override
	public Optional<PageBody> render(ContentSnapshot snapshot, String path) {
		if (!path.startsWith(PREFIX)) {
			return Optional.empty();
		}
		return snapshot.image(path.substring(PREFIX.length()))
			.map((image) -> new PageBody(image.bytes(), image.mediaType(), CachePolicy.MEDIA));
	}

	@Override
	public Stream<String> paths(ContentSnapshot snapshot) {
		return snapshot.images().keySet().stream().sorted().map((name) -> PREFIX + name);
	}

}
