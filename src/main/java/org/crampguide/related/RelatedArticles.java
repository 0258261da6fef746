package org.crampguide.related;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.crampguide.content.Article;
import org.crampguide.content.ContentReloadedEvent;
import org.crampguide.content.ContentSnapshot;
import org.crampguide.content.FirstSnapshotTask;
import org.crampguide.content.FirstSnapshotWork;
import org.crampguide.content.Section;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * The related-articles sidebar of each article, computed on its first request and served
 * from a bounded Caffeine cache. Keys carry the version of the snapshot the answer was
 * computed from, so an answer from old content is never served for new content, even when
 * a reload races a request; that is the only way an entry goes stale. A reload drops the
 * entries of snapshots no longer served, and the size bound evicts the rest.
 */
@Service
public class RelatedArticles implements FirstSnapshotTask {

	private static final Log logger = LogFactory.getLog(RelatedArticles.class);

	/** How many related articles a sidebar shows. */
	public static final int LIMIT = 5;

	private final Cache<Key, List<RelatedEntry>> cache;

	/** The version of the newest snapshot prepared: the one served, or about to be. */
	private final AtomicLong newest = new AtomicLong();

	/**
	 * The scorer's view of every published article, built once per snapshot; weak keys
	 * compare snapshots by identity and let old ones go.
	 */
	private final LoadingCache<ContentSnapshot, RelatedIndex> features = Caffeine.newBuilder()
		.weakKeys()
		.maximumSize(2)
		.build(RelatedArticles::features);

	public RelatedArticles(MeterRegistry meterRegistry) {
		this.cache = Caffeine.newBuilder().maximumSize(2_000).recordStats().build();
		CaffeineCacheMetrics.monitor(meterRegistry, this.cache, "related");
	}

	/** Up to {@link #LIMIT} articles to read after {@code article}, best first. */
	public List<RelatedEntry> forArticle(ContentSnapshot snapshot, Article article) {
		return this.cache.get(new Key(snapshot.version(), article.path()), (key) -> compute(snapshot, key.path()));
	}

	private List<RelatedEntry> compute(ContentSnapshot snapshot, String path) {
		RelatedIndex index = this.features.get(snapshot);
		ArticleFeatures target = index.byPath(path);
		if (target == null) {
			// A draft previewed with drafts enabled: score it against the published
			// articles all the same.
			Article draft = snapshot.allArticles().get(path);
			if (draft == null) {
				return List.of();
			}
			target = toFeatures(draft, Map.of());
		}
		return RelatednessScorer.rank(target, index, index.candidates(target, LIMIT), LIMIT)
			.stream()
			.map((found) -> entry(snapshot, snapshot.allArticles().get(found)))
			.toList();
	}

	/**
	 * Builds the scorer's index of a new snapshot before any sidebar needs it: with
	 * 10,000 articles the text weights take seconds, which no reader should wait for.
	 */
	@EventListener
	void prepare(ContentReloadedEvent event) {
		this.features.get(event.snapshot());
		// Until the swap, requests still ask for the served snapshot's sidebars; older
		// entries can never be asked for again, so free their memory now rather than
		// when the size bound gets to them. The served version is remembered, not
		// derived: a load that failed leaves a gap in the versions.
		long served = this.newest.getAndSet(event.snapshot().version());
		this.cache.asMap().keySet().removeIf((key) -> key.version() < served);
	}

	/**
	 * Builds the scorer's index of the first snapshot as soon as it is loaded: the first
	 * article page waits for it.
	 */
	@Override
	public void prepare(ContentSnapshot first) {
		this.newest.accumulateAndGet(first.version(), Math::max);
		this.features.get(first);
	}

	@Override
	public int getOrder() {
		return FirstSnapshotWork.RELATED_ARTICLES;
	}

	/** Every article page shows related articles. */
	@Override
	public boolean neededByFirstAnswer() {
		return true;
	}

	static RelatedIndex features(ContentSnapshot snapshot) {
		long start = System.nanoTime();
		List<Article> articles = snapshot.publishedArticles();
		List<Map<String, Double>> weights = TermWeights
			.of(articles.stream().map((article) -> article.title() + "\n" + article.body().text()).toList());
		List<ArticleFeatures> all = new ArrayList<>();
		for (int i = 0; i < articles.size(); i++) {
			all.add(toFeatures(articles.get(i), weights.get(i)));
		}
		RelatedIndex index = new RelatedIndex(List.copyOf(all));
		logger.info("Related-articles index of " + all.size() + " articles built in "
				+ (System.nanoTime() - start) / 1_000_000 + " ms");
		return index;
	}

	private static ArticleFeatures toFeatures(Article article, Map<String, Double> terms) {
		return new ArticleFeatures(article.path(), article.slug(), article.section(), new HashSet<>(article.tags()),
				article.related(), article.body().internalLinks(), terms);
	}

	private static RelatedEntry entry(ContentSnapshot snapshot, Article article) {
		Section section = snapshot.site().section(article.section());
		return new RelatedEntry(article.path(), article.title(),
				(section != null) ? section.title() : article.section(), article.summary());
	}

	/**
	 * A snapshot's version and an article path. Not the snapshot itself: an entry of the
	 * snapshot before last would keep all of that snapshot's articles in memory until the
	 * next reload, three snapshots at once while it runs (at 10,000 articles the second
	 * reload of a 512 MB heap never finished, in back-to-back full collections). Versions
	 * are unique within one repository; tests that build snapshots number their own.
	 */
	private record Key(long version, String path) {
	}

}
