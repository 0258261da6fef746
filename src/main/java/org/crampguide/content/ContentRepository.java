package org.crampguide.content;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.crampguide.site.SiteProperties;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Holds the snapshot being served and replaces it on reload. Readers take
 * {@link #snapshot()} once per request; the reference swap is atomic, so they always see
 * one whole, consistent site. The first load runs on its own thread beside the rest of
 * startup, which it would otherwise double on a small site; whatever reads the snapshot
 * waits for it, and so does startup itself (before the server accepts requests), so a
 * strict start still fails on a content error.
 */
@Component
public class ContentRepository implements SmartInitializingSingleton {

	private static final Log logger = LogFactory.getLog(ContentRepository.class);

	private final ContentSource source;

	private final SiteProperties properties;

	private final ApplicationEventPublisher events;

	private final AtomicLong versions = new AtomicLong();

	private volatile ContentSnapshot current;

	private volatile LoadResult lastLoad;

	/**
	 * Done when the first load is. Holds no result: a future keeps its value for good,
	 * and so would keep the first snapshot beside every later one.
	 */
	private final CompletableFuture<Void> firstLoad;

	private final LoadCounters loadCounters = new LoadCounters();

	public ContentRepository(ContentSource source, SiteProperties properties, ApplicationEventPublisher events) {
		this.source = source;
		this.properties = properties;
		this.events = events;
		this.firstLoad = CompletableFuture.runAsync(this::loadFirst, (task) -> {
			Thread thread = new Thread(task, "content-first-load");
			thread.setDaemon(true);
			thread.start();
		});
	}

	private void loadFirst() {
		long start = System.nanoTime();
		LoadResult result = timedLoad(null);
		report(result);
		this.lastLoad = result;
		this.current = result.snapshot();
		logger.info("Serving " + this.current.publishedArticles().size() + " articles and "
				+ this.current.pages().size() + " pages from " + this.source.describe() + " (loaded in "
				+ (System.nanoTime() - start) / 1_000_000 + " ms)");
	}

	/**
	 * Waits for the first load and returns the last load (the first, unless a reload
	 * followed); rethrows the first load's failure, such as a {@link ContentException} in
	 * strict mode.
	 */
	public LoadResult awaitFirstLoad() {
		try {
			this.firstLoad.join();
			return this.lastLoad;
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			throw ex;
		}
	}

	@Override
	public void afterSingletonsInstantiated() {
		awaitFirstLoad();
	}

	/** Whether the first load has finished, so a snapshot is being served. */
	public boolean isServing() {
		return this.current != null;
	}

	public ContentSnapshot snapshot() {
		ContentSnapshot snapshot = this.current;
		return (snapshot != null) ? snapshot : awaitFirstLoad().snapshot();
	}

	/** The errors of the last load; empty when the content is clean. */
	public List<ContentError> errors() {
		return lastLoad().errors();
	}

	/**
	 * The last load: its errors and what each did to its file, for the editor's view.
	 */
	public LoadResult lastLoad() {
		LoadResult last = this.lastLoad;
		return (last != null) ? last : awaitFirstLoad();
	}

	/**
	 * The article at {@code /section/slug} in {@code snapshot}; drafts only when
	 * {@code crampguide.drafts} or editor mode is on.
	 */
	public Optional<Article> findArticle(ContentSnapshot snapshot, String section, String slug) {
		return snapshot.article(section, slug, this.properties.servesDrafts());
	}

	/**
	 * Reads the content again and swaps in the result, after the listeners of
	 * {@link ContentReloadedEvent} have prepared it. Broken files keep their last good
	 * version. Synchronized so two reloads never interleave; readers are never blocked.
	 */
	public synchronized LoadResult reload() {
		LoadResult result = timedLoad(snapshot());
		log(result);
		this.lastLoad = result;
		// Listeners prepare the new snapshot first (the page store renders its pages and
		// swaps them in); only then does the repository serve it, so redirects, error
		// pages and search never point at pages the store does not have yet.
		try {
			this.events.publishEvent(new ContentReloadedEvent(result.snapshot()));
		}
		finally {
			this.current = result.snapshot();
		}
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
