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

	private volatile LoadResult lastLoad;

	public ContentRepository(ContentSource source, SiteProperties properties, ApplicationEventPublisher events) {
		this.source = source;
		this.properties = properties;
		this.events = events;
		LoadResult result = source.load(null, this.versions.incrementAndGet());
		report(result);
		this.current = result.snapshot();
		this.lastLoad = result;
		logger.info("Serving " + this.current.publishedArticles().size() + " articles and "
				+ this.current.pages().size() + " pages from " + source.describe());
	}

	public ContentSnapshot snapshot() {
		return this.current;
	}

	/** The errors of the last load; empty when the content is clean. */
	public List<ContentError> errors() {
		return this.lastLoad.errors();
	}

	/**
	 * The last load: its errors and what each did to its file, for the editor's view.
	 */
	public LoadResult lastLoad() {
		return this.lastLoad;
	}

	/**
	 * The article at {@code /section/slug} in {@code snapshot}; drafts only when
	 * {@code crampguide.drafts} or editor mode is on.
	 */
	public Optional<Article> findArticle(ContentSnapshot snapshot, String section, String slug) {
		return snapshot.article(section, slug, this.properties.servesDrafts());
	}

	/**
	 * Reads the content again and swaps in the result. Broken files keep their last good
	 * version. Synchronized so two reloads never interleave; readers are never blocked.
	 */
	public synchronized LoadResult reload() {
		LoadResult result = this.source.load(this.current, this.versions.incrementAndGet());
		log(result);
		this.current = result.snapshot();
		this.lastLoad = result;
		this.events.publishEvent(new ContentReloadedEvent(result.snapshot()));
		logger.info("Content reloaded: " + this.current.publishedArticles().size() + " articles");
		return result;
	}

	private void report(LoadResult result) {
		if (!result.errors().isEmpty() && this.properties.strict()) {
			throw new ContentException(result.errors());
		}
		log(result);
	}

	/** Each error with what it did to its file, so a writer knows what readers see. */
	private static void log(LoadResult result) {
		result.errors()
			.forEach((error) -> logger.error("Content error, " + result.outcome(error).words() + ": " + error));
	}

}
