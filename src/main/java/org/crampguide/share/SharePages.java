package org.crampguide.share;

import java.util.Optional;
import java.util.stream.Stream;

import org.crampguide.content.ContentSnapshot;
import org.crampguide.pages.CachePolicy;
import org.crampguide.pages.PageBody;
import org.crampguide.pages.PageSource;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Link preview images at stable URLs: {@code /share/site.png} and
 * {@code /share/<section>/<slug>.png}.
 */
@Component
@Order(4)
class SharePages implements PageSource {

	private static final String PNG = "image/png";

	private final ShareImageCache images;

	SharePages(ShareImageCache images) {
		this.images = images;
	}

	@Override
	public Optional<PageBody> render(ContentSnapshot snapshot, String path) {
		if (path.equals(ShareImagePaths.SITE)) {
			return Optional.of(png(this.images.forSite(snapshot)));
		}
		if (!path.startsWith("/share/") || !path.endsWith(".png")) {
			return Optional.empty();
		}
		String[] segments = path.substring("/share/".length(), path.length() - ".png".length()).split("/", -1);
		if (segments.length != 2) {
			return Optional.empty();
		}
		return snapshot.article(segments[0], segments[1], false)
			.map((article) -> png(this.images.forArticle(snapshot, article)));
	}

	/** Drawing a PNG takes tens of milliseconds; chat apps ask for few of them. */
	@Override
	public boolean prerendered() {
		return false;
	}

	@Override
	public Stream<String> paths(ContentSnapshot snapshot) {
		return Stream.concat(Stream.of(ShareImagePaths.SITE),
				snapshot.publishedArticles().stream().map(ShareImagePaths::forArticle));
	}

	private static PageBody png(byte[] bytes) {
		return new PageBody(bytes, PNG, CachePolicy.MEDIA);
	}

}
