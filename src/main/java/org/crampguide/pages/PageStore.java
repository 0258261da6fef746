package org.crampguide.pages;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.crampguide.content.ContentReloadedEvent;
import org.crampguide.content.ContentRepository;
import org.crampguide.content.ContentSnapshot;
import org.crampguide.content.FirstSnapshotTask;
import org.crampguide.content.FirstSnapshotWork;
import org.crampguide.site.SiteProperties;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every page of the snapshot being served, rendered once. Entries are keyed by snapshot
 * version and path in one Caffeine cache weighed in bytes. Sites up to
 * {@code crampguide.pages.prerender-limit} articles render every page off the request
 * path: a reloaded snapshot before it is swapped in, the first once the first request has
 * been answered (a {@link FirstSnapshotTask}); larger sites swap at once and render each
 * page on its first request. A request reads the current snapshot once, so it is answered
 * from one snapshot even while the next is being built.
 */
@Component
public class PageStore implements FirstSnapshotTask {

	private final List<PageSource> sources;

	private final SiteProperties properties;

	private final Cache<Key, StoredPage> cache;

	private final Counter rendered;

	private final ContentRepository content;

	/** Done when the first snapshot's pages have been rendered (or are not to be). */
	private final CompletableFuture<Void> firstPrerender = new CompletableFuture<>();

	/**
	 * The snapshot served; {@code null} until startup ends: then the repository's first.
	 */
	private volatile ContentSnapshot current;

	/** The snapshot whose pages are being rendered before it is swapped in, if any. */
	private volatile ContentSnapshot preparing;

	public PageStore(ContentRepository content, List<PageSource> sources, SiteProperties properties,
			MeterRegistry meters) {
		this.sources = List.copyOf(sources);
		this.properties = properties;
		this.cache = Caffeine.newBuilder()
			.maximumWeight(properties.pages().cacheSize().toBytes())
			.weigher((Key key, StoredPage page) -> page.weight())
			.recordStats()
			.build();
		CaffeineCacheMetrics.monitor(meters, this.cache, "pages");
		this.rendered = Counter.builder("crampguide.pages.rendered")
			.description("Pages rendered into the page store")
			.register(meters);
		this.content = content;
	}

	/** The snapshot whose pages are being served. */
	public ContentSnapshot snapshot() {
		ContentSnapshot snapshot = this.current;
		if (snapshot == null) {
			// The first snapshot, taken when first asked for (the repository loads it
			// beside startup) and then kept until a reload has rendered the next.
			synchronized (this) {
				if (this.current == null) {
					this.current = this.content.snapshot();
				}
				snapshot = this.current;
			}
		}
		return snapshot;
	}

	/** The stored page at {@code path}, rendered now if it has not been yet; or empty. */
	public Optional<StoredPage> find(String path) {
		return find(snapshot(), path);
	}

	Optional<StoredPage> find(ContentSnapshot snapshot, String path) {
		Key key = new Key(snapshot.version(), path);
		StoredPage page = this.cache.getIfPresent(key);
		if (page != null) {
			return Optional.of(page);
		}
		if (snapshot != this.current && snapshot != this.preparing) {
			// A request that read the snapshot just before a swap: answer it, but keep
			// the cache for the snapshots that are served.
			return render(snapshot, path);
		}
		return Optional.ofNullable(this.cache.get(key, (missing) -> render(snapshot, path).orElse(null)));
	}

	/** Renders without storing: for the export, which reads each page once. */
	public Optional<StoredPage> render(ContentSnapshot snapshot, String path) {
		for (PageSource source : this.sources) {
			Optional<PageBody> body = source.render(snapshot, path);
			if (body.isPresent()) {
				this.rendered.increment();
				return Optional.of(StoredPage.of(body.get(), this.properties.editor()));
			}
		}
		return Optional.empty();
	}

	/** Every path the site answers in {@code snapshot}, in source order. */
	public Stream<String> paths(ContentSnapshot snapshot) {
		return this.sources.stream().flatMap((source) -> source.paths(snapshot)).distinct();
	}

	public List<PageSource> sources() {
		return this.sources;
	}

	/**
	 * Renders every page of the first snapshot, on {@link FirstSnapshotWork}'s thread
	 * once the first request has been answered: that reader's page renders on request,
	 * with the CPU to itself, and the rest are ready soon after. Not for the static
	 * export, which renders each page itself.
	 */
	@Override
	public void prepare(ContentSnapshot first) {
		try {
			if (this.properties.export() == null && prerenders(first)) {
				Prerender.everyPage(this, first);
			}
		}
		finally {
			this.firstPrerender.complete(null);
		}
	}

	/** After the search index: until then pages render on request, but search cannot. */
	@Override
	public int getOrder() {
		return FirstSnapshotWork.PAGES;
	}

	/**
	 * Done once the first snapshot's pages are rendered, for tests that count renders.
	 */
	CompletableFuture<Void> firstPrerender() {
		return this.firstPrerender;
	}

	@EventListener
	void contentReloaded(ContentReloadedEvent event) {
		ContentSnapshot next = event.snapshot();
		this.preparing = next;
		try {
			if (prerenders(next)) {
				Prerender.everyPage(this, next);
			}
		}
		finally {
			// Whatever failed to render is rendered on request (and logged): a bad page
			// must never keep the whole site on old content.
			this.current = next;
			this.preparing = null;
			this.cache.asMap().keySet().removeIf((key) -> key.version() != next.version());
		}
	}

	private boolean prerenders(ContentSnapshot snapshot) {
		return snapshot.publishedArticles().size() <= this.properties.pages().prerenderLimit();
	}

	private record Key(long version, String path) {
	}

}
