package org.crampguide.related;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

import org.crampguide.content.Article;
import org.crampguide.content.ContentReloadedEvent;
import org.crampguide.content.ContentRepository;
import org.crampguide.content.ContentSnapshot;
import org.crampguide.content.Section;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * The related-articles sidebar of each article, computed once per content snapshot and
 * served from a bounded Caffeine cache. Keys carry the snapshot version, so an answer
 * computed from old content can never be served for new content, even when a reload races
 * a request.
 */
@Service
public class RelatedArticles {

	/** How many related articles a sidebar shows. */
	public static final int LIMIT = 5;

	private final ContentRepository content;

	private final LoadingCache<Key, List<RelatedEntry>> cache;

	private volatile Features features;

	public RelatedArticles(ContentRepository content, MeterRegistry meterRegistry) {
		this.content = content;
		this.cache = Caffeine.newBuilder().maximumSize(2_000).recordStats().build(this::compute);
		CaffeineCacheMetrics.monitor(meterRegistry, this.cache, "related");
	}

	/** Up to {@link #LIMIT} articles to read after {@code article}, best first. */
	public List<RelatedEntry> forArticle(Article article) {
		ContentSnapshot snapshot = this.content.snapshot();
		return this.cache.get(new Key(snapshot.version(), article.path()));
	}

	@EventListener
	void onReload(ContentReloadedEvent event) {
		this.cache.invalidateAll();
	}

	private List<RelatedEntry> compute(Key key) {
		ContentSnapshot snapshot = this.content.snapshot();
		Features current = features(snapshot);
		ArticleFeatures target = current.byPath().get(key.path());
		if (target == null) {
			// A draft previewed with drafts enabled: score it against the published
			// articles all the same.
			Article draft = snapshot.allArticles().get(key.path());
			if (draft == null) {
				return List.of();
			}
			target = toFeatures(draft, Map.of());
		}
		return RelatednessScorer.rank(target, current.all(), LIMIT)
			.stream()
			.map((path) -> entry(snapshot, snapshot.allArticles().get(path)))
			.toList();
	}

	private Features features(ContentSnapshot snapshot) {
		Features current = this.features;
		if (current == null || current.version() != snapshot.version()) {
			List<Article> articles = snapshot.publishedArticles();
			List<Map<String, Double>> weights = TermWeights
				.of(articles.stream().map((article) -> article.title() + "\n" + article.body().text()).toList());
			List<ArticleFeatures> all = new java.util.ArrayList<>();
			for (int i = 0; i < articles.size(); i++) {
				all.add(toFeatures(articles.get(i), weights.get(i)));
			}
			current = new Features(snapshot.version(), List.copyOf(all),
					all.stream().collect(Collectors.toMap(ArticleFeatures::path, (f) -> f)));
			this.features = current;
		}
		return current;
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

	private record Key(long version, String path) {
	}

	private record Features(long version, List<ArticleFeatures> all, Map<String, ArticleFeatures> byPath) {
	}

}
