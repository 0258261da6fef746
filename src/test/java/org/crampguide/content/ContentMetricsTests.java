package org.crampguide.content;

import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.crampguide.testsupport.Fixtures;
import org.junit.jupiter.api.Test;

import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

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
	void isReadyOnlyOnceASnapshotIsServed() {
		ContentRepository starting = mock(ContentRepository.class);
		assertThat(new ContentHealthIndicator(starting).health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
		ContentRepository serving = Fixtures.repository(Fixtures.CONTENT, true, (event) -> {
		});
		assertThat(new ContentHealthIndicator(serving).health().getStatus()).isEqualTo(Status.UP);
		given(starting.snapshot()).willReturn(serving.snapshot());
		given(starting.errors()).willReturn(java.util.List.of());
		assertThat(new ContentHealthIndicator(starting).health().getStatus()).isEqualTo(Status.UP);
	}

}
