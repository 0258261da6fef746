package org.crampguide.related;

import java.lang.ref.WeakReference;
import java.util.List;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.crampguide.content.Article;
import org.crampguide.content.ContentReloadedEvent;
import org.crampguide.content.ContentSnapshot;
import org.crampguide.content.load.ContentFiles;
import org.crampguide.testsupport.Fixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The related-articles cache: an answer is computed once per snapshot and article, and a
 * new snapshot is never answered from an old one's entries.
 */
class RelatedArticlesTests {

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private final RelatedArticles related = new RelatedArticles(this.meters);

	@Test
	void computesEachSidebarOnceAndServesItFromTheCache() {
		ContentSnapshot snapshot = load(1);
		Article night = nightCramps(snapshot);
		List<RelatedEntry> first = this.related.forArticle(snapshot, night);
		List<RelatedEntry> second = this.related.forArticle(snapshot, night);
		assertThat(second).isSameAs(first).isNotEmpty().extracting(RelatedEntry::path).doesNotContain(night.path());
		assertThat(count("miss")).isEqualTo(1);
		assertThat(count("hit")).isEqualTo(1);
	}

	@Test
	void answersANewSnapshotFromItsOwnContent() {
		ContentSnapshot old = load(1);
		ContentSnapshot fresh = load(2);
		Article night = nightCramps(old);
		this.related.forArticle(old, night);
		this.related.forArticle(fresh, nightCramps(fresh));
		assertThat(count("miss")).as("the new snapshot is computed, not served from the old one").isEqualTo(2);
	}

	@Test
	void keepsNoOldSnapshotInMemory() throws InterruptedException {
		ContentSnapshot old = load(1);
		this.related.forArticle(old, nightCramps(old));
		ContentSnapshot served = load(2);
		this.related.prepare(new ContentReloadedEvent(served));
		this.related.forArticle(served, nightCramps(served));
		WeakReference<ContentSnapshot> gone = new WeakReference<>(old);
		old = null;
		for (int i = 0; i < 50 && gone.get() != null; i++) {
			System.gc();
			Thread.sleep(20);
		}
		assertThat(gone.get()).as("the replaced snapshot, once nothing else holds it").isNull();
		assertThat(this.related.forArticle(served, nightCramps(served))).isNotEmpty();
	}

	@Test
	void keepsTheServedSnapshotsSidebarsUntilTheNextOneIsServed() {
		ContentSnapshot served = load(1);
		this.related.prepare(served);
		Article night = nightCramps(served);
		this.related.forArticle(served, night);
		// Version 2 was a load that failed: the next snapshot is 3.
		this.related.prepare(new ContentReloadedEvent(load(3)));
		this.related.forArticle(served, night);
		assertThat(count("hit")).as("asked again before the swap").isEqualTo(1);
	}

	@Test
	void dropsTheSidebarsOfSnapshotsNoLongerServed() {
		ContentSnapshot first = load(1);
		this.related.prepare(first);
		Article night = nightCramps(first);
		this.related.forArticle(first, night);
		this.related.prepare(new ContentReloadedEvent(load(2)));
		this.related.prepare(new ContentReloadedEvent(load(3)));
		this.related.forArticle(first, night);
		assertThat(count("miss")).as("the first snapshot's entry is gone once the second was served").isEqualTo(2);
	}

	private static Article nightCramps(ContentSnapshot snapshot) {
		return snapshot.article("causes", "night-cramps", false).orElseThrow();
	}

	private double count(String result) {
		return this.meters.get("cache.gets").tag("cache", "related").tag("result", result).functionCounter().count();
	}

	private static ContentSnapshot load(long version) {
		return Fixtures.loader().load(ContentFiles.fromDirectory(Fixtures.CONTENT), null, version).snapshot();
	}

}
