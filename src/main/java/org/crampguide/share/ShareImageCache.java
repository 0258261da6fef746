package org.crampguide.share;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

import org.crampguide.content.Article;
import org.crampguide.content.ContentSnapshot;
import org.crampguide.content.Section;
import org.springframework.stereotype.Service;

/**
 * Link preview PNGs, drawn on first request and kept in a bounded Caffeine cache. Keys
 * hold the title and label themselves, so an edited title gets a new image and an
 * unchanged one keeps its exact bytes.
 */
@Service
public class ShareImageCache {

	private final Cache<Key, byte[]> cache;

	public ShareImageCache(MeterRegistry meterRegistry) {
		this.cache = Caffeine.newBuilder().maximumSize(500).recordStats().build();
		CaffeineCacheMetrics.monitor(meterRegistry, this.cache, "share-images");
	}

	public byte[] forSite(ContentSnapshot snapshot) {
		return image(new Key(snapshot.site().name(), null, snapshot.site().tagline()));
	}

	public byte[] forArticle(ContentSnapshot snapshot, Article article) {
		Section section = snapshot.site().section(article.section());
		return image(new Key(snapshot.site().name(), section.title(), article.title()));
	}

	private byte[] image(Key key) {
		return this.cache.get(key, (k) -> ShareImageRenderer.render(k.siteName(), k.label(), k.title()));
	}

	private record Key(String siteName, String label, String title) {
	}

}
