package org.crampguide.content;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.crampguide.content.load.ContentFiles;
import org.crampguide.content.load.ContentLoader;
import org.crampguide.testsupport.Fixtures;
import org.junit.jupiter.api.Test;

import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reload metrics count every load and its errors, and readiness waits for a snapshot.
 */
class ContentMetricsTests {

	@Test
	void countsLoadsTheirTimeAndTheirErrors() {
		ContentRepository repository = Fixtures.repository(Fixtures.BROKEN_CONTENT, false, (event) -> {
		});
		repository.reload();
		SimpleMeterRegistry registry = new SimpleMeterRegistry();
		new ContentMetrics(repository).bindTo(registry);
		assertThat(registry.get("crampguide.content.loads").functionTimer().count()).isEqualTo(2);
		assertThat(registry.get("crampguide.content.loads").functionTimer().totalTime(TimeUnit.NANOSECONDS))
			.isPositive();
		double errorsPerLoad = repository.errors().size();
		assertThat(errorsPerLoad).isPositive();
		assertThat(registry.get("crampguide.content.errors").functionCounter().count()).isEqualTo(2 * errorsPerLoad);
		assertThat(registry.get("crampguide.content.errors.current").gauge().value()).isEqualTo(errorsPerLoad);
		assertThat(registry.get("crampguide.content.articles").gauge().value()).isEqualTo(1);
	}

	@Test
	void isReadyOnlyOnceASnapshotIsServed() throws InterruptedException {
		CountDownLatch loading = new CountDownLatch(1);
		ContentLoader loader = Fixtures.loader();
		ContentSource slow = new ContentSource() {
			@Override
			public LoadResult load(ContentSnapshot previous, long version) {
				try {
					loading.await(10, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				return loader.load(ContentFiles.fromDirectory(Fixtures.CONTENT), previous, version);
			}

			@Override
			public String describe() {
				return "a slow fixture";
			}
		};
		ContentRepository starting = new ContentRepository(slow, Fixtures.settings(Fixtures.CONTENT, true), (event) -> {
		});
		ContentHealthIndicator health = new ContentHealthIndicator(starting);
		assertThat(health.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
		loading.countDown();
		starting.awaitFirstLoad();
		assertThat(health.health().getStatus()).isEqualTo(Status.UP);
	}

}
