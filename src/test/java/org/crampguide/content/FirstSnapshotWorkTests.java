package org.crampguide.content;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.crampguide.related.RelatedArticles;
import org.crampguide.search.SearchIndexes;
import org.crampguide.testsupport.Fixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first snapshot's background work runs once every bean exists, one task at a time,
 * lowest order first, past a failure; related articles come before the search index.
 */
class FirstSnapshotWorkTests {

	@Test
	void runsTasksOneAfterAnotherLowestOrderFirstPastAFailure() throws InterruptedException {
		ContentRepository content = Fixtures.repository(Fixtures.CONTENT, true, (event) -> {
		});
		List<String> log = new CopyOnWriteArrayList<>();
		CountDownLatch done = new CountDownLatch(1);
		FirstSnapshotTask last = task(3, (first) -> {
			log.add("last, " + first.publishedArticles().size() + " articles");
			done.countDown();
		});
		FirstSnapshotTask broken = task(2, (first) -> {
			throw new IllegalStateException("broken on purpose");
		});
		FirstSnapshotTask slow = task(1, (first) -> {
			log.add("slow started");
			sleep();
			log.add("slow done");
		});
		FirstSnapshotWork work = new FirstSnapshotWork(content, List.of(last, broken, slow));
		assertThat(log).isEmpty();

		work.afterSingletonsInstantiated();

		assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
		assertThat(log).containsExactly("slow started", "slow done",
				"last, " + content.snapshot().publishedArticles().size() + " articles");
		work.stop();
	}

	@Test
	void preparesRelatedArticlesBeforeTheSearchIndex() {
		ContentRepository content = Fixtures.repository(Fixtures.CONTENT, true, (event) -> {
		});
		assertThat(new RelatedArticles(new SimpleMeterRegistry()).getOrder())
			.isLessThan(new SearchIndexes(content).getOrder());
	}

	private static FirstSnapshotTask task(int order, java.util.function.Consumer<ContentSnapshot> work) {
		return new FirstSnapshotTask() {

			@Override
			public void prepare(ContentSnapshot first) {
				work.accept(first);
			}

			@Override
			public int getOrder() {
				return order;
			}

		};
	}

	private static void sleep() {
		try {
			Thread.sleep(200);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
