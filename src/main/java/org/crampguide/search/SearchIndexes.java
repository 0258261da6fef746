package org.crampguide.search;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.crampguide.content.ContentReloadedEvent;
import org.crampguide.content.ContentRepository;
import org.crampguide.content.ContentSnapshot;
import org.crampguide.content.FirstSnapshotTask;
import org.crampguide.content.FirstSnapshotWork;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The search index of the snapshot being served, built off the request path: in the
 * background once the first request has been answered ({@link FirstSnapshotWork} and
 * {@link org.crampguide.content.FirstAnswer}; startup never waits for it), and again on
 * every reload, then swapped in whole. A search that comes before the first index waits
 * for it, up to {@link #FIRST_INDEX_WAIT}.
 */
@Component
public class SearchIndexes implements FirstSnapshotTask {

	/** Far more than the bundled site takes to index (well under a second). */
	static final Duration FIRST_INDEX_WAIT = Duration.ofSeconds(20);

	private static final Log logger = LogFactory.getLog(SearchIndexes.class);

	private final ContentRepository content;

	private final Executor builder = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "search-index");
		thread.setDaemon(true);
		return thread;
	});

	private final AtomicReference<SearchIndex> current = new AtomicReference<>();

	/** Builds under way, by snapshot version, so concurrent askers share one. */
	private final Map<Long, CompletableFuture<SearchIndex>> building = new ConcurrentHashMap<>();

	private final Function<ContentSnapshot, SearchIndex> indexer;

	@Autowired
	public SearchIndexes(ContentRepository content) {
		this(content, SearchIndex::of);
	}

	/** Indexes with {@code indexer}, so tests can make a build fail. */
	SearchIndexes(ContentRepository content, Function<ContentSnapshot, SearchIndex> indexer) {
		this.content = content;
		this.indexer = indexer;
	}

	/** Starts building the first index, once the first request has been answered. */
	@Override
	public void prepare(ContentSnapshot first) {
		if (this.current.get() == null) {
			firstBuild();
		}
	}

	@Override
	public int getOrder() {
		return FirstSnapshotWork.SEARCH_INDEX;
	}

	/**
	 * On the reload thread, before the repository serves the new snapshot: results never
	 * link to pages the page store does not have yet.
	 */
	@EventListener
	void onReload(ContentReloadedEvent event) {
		try {
			indexOf(event.snapshot());
		}
		catch (RuntimeException ex) {
			// Logged by rebuild; the previous index stays.
		}
	}

	/**
	 * The build of the snapshot served: the one under way, however many searches arrive
	 * before it is done, or a new one. A build that failed is not kept, so the next
	 * search tries again rather than waiting for an index that will never come.
	 */
	private CompletableFuture<SearchIndex> firstBuild() {
		return shared(this.content.snapshot());
	}

	/**
	 * The newest index, waiting for the first one if need be; empty only when it is not
	 * ready in time or its build failed.
	 */
	public Optional<SearchIndex> index() {
		SearchIndex index = this.current.get();
		if (index != null) {
			return Optional.of(index);
		}
		try {
			// A search before the first snapshot's work reaches the index (or in a test
			// slice) starts the build itself.
			firstBuild().get(FIRST_INDEX_WAIT.toMillis(), TimeUnit.MILLISECONDS);
			return Optional.ofNullable(this.current.get());
		}
		catch (TimeoutException | ExecutionException ex) {
			return Optional.empty();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
	}

	/**
	 * The index of exactly {@code snapshot}, waiting for it to be built. One build per
	 * snapshot however many ask: a reload's page prerender (the A-Z page) and the
	 * reload's own index share it.
	 */
	public SearchIndex indexOf(ContentSnapshot snapshot) {
		SearchIndex live = this.current.get();
		if (live != null && live.snapshot().version() == snapshot.version()) {
			return live;
		}
		return shared(snapshot).join();
	}

	/**
	 * The build of {@code snapshot}: the one under way, the index already built, or a new
	 * build. A build that failed is never handed out again, even before its removal below
	 * has run, and a build that just finished is not started a second time.
	 */
	private CompletableFuture<SearchIndex> shared(ContentSnapshot snapshot) {
		CompletableFuture<SearchIndex> build = this.building.compute(snapshot.version(), (version, underWay) -> {
			if (underWay != null && !underWay.isCompletedExceptionally()) {
				return underWay;
			}
			SearchIndex live = this.current.get();
			if (live != null && live.snapshot().version() == version) {
				return CompletableFuture.completedFuture(live);
			}
			return rebuild(snapshot);
		});
		// Outside compute: a build already done runs this at once, on this thread,
		// and may not touch the map from inside its own remapping function.
		build.whenComplete((index, ex) -> this.building.remove(snapshot.version(), build));
		return build;
	}

	/**
	 * Builds the index of {@code snapshot} in the background and swaps it in if newer.
	 */
	public CompletableFuture<SearchIndex> rebuild(ContentSnapshot snapshot) {
		return CompletableFuture.supplyAsync(() -> {
			long start = System.nanoTime();
			SearchIndex index = this.indexer.apply(snapshot);
			logger.info("Search index of " + snapshot.publishedArticles().size() + " articles built in "
					+ (System.nanoTime() - start) / 1_000_000 + " ms");
			return index;
		}, this.builder).whenComplete((index, ex) -> {
			if (ex != null) {
				logger.error((this.current.get() != null) ? "Search index not rebuilt; the previous one stays"
						: "Search index not built; the next search tries again", ex);
				return;
			}
			// Older readers are left to the garbage collector: a search may still be
			// using one.
			this.current.accumulateAndGet(index, (old,
					built) -> (old == null || old.snapshot().version() < built.snapshot().version()) ? built : old);
		});
	}

}
