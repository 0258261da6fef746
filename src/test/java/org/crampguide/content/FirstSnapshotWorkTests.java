package org.crampguide.content;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.crampguide.related.RelatedArticles;
import org.crampguide.search.SearchIndexes;
import org.crampguide.site.SiteProperties;
import org.crampguide.testsupport.Fixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first snapshot's background work runs once every bean exists, one task at a time,
 * lowest order first, past a failure; related articles come before the search index, and
 * work the first answer does not need waits until it has been given.
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
		FirstAnswer answered = new FirstAnswer(SiteProperties.defaults());
		answered.answered();
		FirstSnapshotWork work = new FirstSnapshotWork(content, List.of(last, broken, slow), answered);
		assertThat(log).isEmpty();

		work.afterSingletonsInstantiated();

		assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
		assertThat(log).containsExactly("slow started", "slow done",
				"last, " + content.snapshot().publishedArticles().size() + " articles");
		work.stop();
	}

	@Test
	void keepsWorkTheFirstAnswerDoesNotNeedUntilItIsGiven() throws InterruptedException {
		ContentRepository content = Fixtures.repository(Fixtures.CONTENT, true, (event) -> {
		});
		List<String> log = new CopyOnWriteArrayList<>();
		CountDownLatch needed = new CountDownLatch(1);
		CountDownLatch later = new CountDownLatch(1);
		FirstSnapshotTask search = task(1, (first) -> {
			log.add("search");
			later.countDown();
		});
		FirstSnapshotTask related = new FirstSnapshotTask() {

			@Override
			public void prepare(ContentSnapshot first) {
				log.add("related");
				needed.countDown();
			}

			@Override
			public int getOrder() {
				return 2;
			}

			@Override
			public boolean neededByFirstAnswer() {
				return true;
			}

		};
		FirstAnswer firstAnswer = new FirstAnswer(SiteProperties.defaults());
		FirstSnapshotWork work = new FirstSnapshotWork(content, List.of(search, related), firstAnswer);

		work.afterSingletonsInstantiated();

		assertThat(needed.await(10, TimeUnit.SECONDS)).isTrue();
		assertThat(later.await(200, TimeUnit.MILLISECONDS)).isFalse();
		assertThat(log).containsExactly("related");
		firstAnswer.answered();
		assertThat(later.await(10, TimeUnit.SECONDS)).isTrue();
		assertThat(log).containsExactly("related", "search");
		work.stop();
	}

	@Test
	void dropsTheWorkForLaterReadersWhenStoppedBeforeTheFirstAnswer() throws InterruptedException {
		ContentRepository content = Fixtures.repository(Fixtures.CONTENT, true, (event) -> {
		});
		CountDownLatch later = new CountDownLatch(1);
		FirstAnswer firstAnswer = new FirstAnswer(SiteProperties.defaults());
		FirstSnapshotWork work = new FirstSnapshotWork(content, List.of(task(1, (first) -> later.countDown())),
				firstAnswer);
		work.afterSingletonsInstantiated();
		work.stop();
		firstAnswer.answered();
		assertThat(later.await(500, TimeUnit.MILLISECONDS)).isFalse();
	}

	@Test
	void opensTheGateAtOnceForTheStaticExport() {
		SiteProperties defaults = SiteProperties.defaults();
		assertThat(new FirstAnswer(defaults).isOpen()).isFalse();
		FirstAnswer export = new FirstAnswer(new SiteProperties(defaults.baseUrl(), null, false, false,
				defaults.reloadInterval(), false, Path.of("target/export"), defaults.pages()));
		assertThat(export.isOpen()).isTrue();
	}

	@Test
	void preparesRelatedArticlesBeforeTheSearchIndex() {
		ContentRepository content = Fixtures.repository(Fixtures.CONTENT, true, (event) -> {
		});
		assertThat(new RelatedArticles(new SimpleMeterRegistry()).getOrder())
			.isLessThan(new SearchIndexes(content).getOrder());
		assertThat(new RelatedArticles(new SimpleMeterRegistry()).neededByFirstAnswer()).isTrue();
		assertThat(new SearchIndexes(content).neededByFirstAnswer()).isFalse();
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
