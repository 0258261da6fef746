package org.crampguide.content;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.crampguide.site.SiteProperties;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Holds the snapshot being served and replaces it on reload. Readers take
 * {@link #snapshot()} once per request; the reference swap is atomic, so they always see
 * one whole, consistent site.
 */
@Component
public class ContentRepository {

	private static final Log logger = LogFactory.getLog(ContentRepository.class);

	private final ContentSource source;

	private final SiteProperties properties;

	private final ApplicationEventPublisher events;

	private final AtomicLong versions = new AtomicLong();

	private volatile ContentSnapshot current;

	private volatile List<ContentError> errors = List.of();

	private final LoadCounters loadCounters = new LoadCounters();

	public ContentRepository(ContentSource source, SiteProperties properties, ApplicationEventPublisher events) {
		this.source = source;
		this.properties = properties;
		this.events = events;
		LoadResult result = timedLoad(null);
		report(result.errors());
		this.current = result.snapshot();
		this.errors = result.errors();
		logger.info("Serving " + this.current.publishedArticles().size() + " articles and "
				+ this.current.pages().size() + " pages from " + source.describe());
	}

	public ContentSnapshot snapshot() {
		return this.current;
	}

	/** The errors of the last load; empty when the content is clean. */
	public List<ContentError> errors() {
		return this.errors;
	}

	/**
	 * The article at {@code /section/slug} in {@code snapshot}; drafts only when
	 * {@code crampguide.drafts} is on.
	 */
	public Optional<Article> findArticle(ContentSnapshot snapshot, String section, String slug) {
		return snapshot.article(section, slug, this.properties.drafts());
	}

	/**
	 * Reads the content again and swaps in the result. Broken files keep their last good
	 * version. Synchronized so two reloads never interleave; readers are never blocked.
	 */
	public synchronized LoadResult reload() {
		LoadResult result = timedLoad(this.current);
		result.errors().forEach((error) -> logger.error("Content error (last good version kept): " + error));
		this.current = result.snapshot();
		this.errors = result.errors();
		this.events.publishEvent(new ContentReloadedEvent(result.snapshot()));
		logger.info("Content reloaded: " + this.current.publishedArticles().size() + " articles");
		return result;
	}

	/** Totals of every load so far, for metrics. */
	public LoadCounters loadCounters() {
		return this.loadCounters;
	}

	private LoadResult timedLoad(ContentSnapshot previous) {
		long start = System.nanoTime();
		LoadResult result = this.source.load(previous, this.versions.incrementAndGet());
		this.loadCounters.record(System.nanoTime() - start, result.errors().size());
		return result;
	}

	private void report(List<ContentError> errors) {
		if (errors.isEmpty()) {
			return;
		}
		if (this.properties.strict()) {
			throw new ContentException(errors);
		}
		errors.forEach((error) -> logger.error("Content error (file left out or kept as before): " + error));
	}

}
