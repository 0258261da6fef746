package org.crampguide.feed;

import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.crampguide.content.ContentSnapshot;
import org.crampguide.pages.PageBody;
import org.crampguide.pages.PageSource;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The machine-read files: {@code /feed.xml}, {@code /sitemap.xml} (and its parts when it
 * is an index) and {@code /robots.txt}.
 */
@Component
@Order(3)
class FeedPages implements PageSource {

	private final AtomFeed feed;

	private final Sitemap sitemap;

	private final Robots robots;

	FeedPages(AtomFeed feed, Sitemap sitemap, Robots robots) {
		this.feed = feed;
		this.sitemap = sitemap;
		this.robots = robots;
	}

	@Override
	public Optional<PageBody> render(ContentSnapshot snapshot, String path) {
		return switch (path) {
			case "/feed.xml" -> Optional.of(this.feed.feed(snapshot));
			case "/sitemap.xml" -> Optional.of(this.sitemap.sitemap(snapshot));
			case "/robots.txt" -> Optional.of(this.robots.robots());
			default -> part(snapshot, path);
		};
	}

	private Optional<PageBody> part(ContentSnapshot snapshot, String path) {
		if (!path.startsWith("/sitemaps/") || !path.endsWith(".xml")) {
			return Optional.empty();
		}
		String number = path.substring("/sitemaps/".length(), path.length() - ".xml".length());
		if (number.isEmpty() || number.length() > 6 || !number.chars().allMatch(Character::isDigit)) {
			return Optional.empty();
		}
		return this.sitemap.part(snapshot, Integer.parseInt(number));
	}

	@Override
	public Stream<String> paths(ContentSnapshot snapshot) {
		Stream<String> parts = IntStream.rangeClosed(1, this.sitemap.parts(snapshot)).mapToObj(Sitemap::partPath);
		return Stream.concat(Stream.of("/feed.xml", "/sitemap.xml", "/robots.txt"), parts);
	}

}
