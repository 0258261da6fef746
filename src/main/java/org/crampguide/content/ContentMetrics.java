package org.crampguide.content;

import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.stereotype.Component;

/**
 * Content reload metrics for operators: how often and how long content loads take, how
 * many content errors they found, and how much is being served. In Prometheus they read
 * {@code crampguide_content_loads_seconds_count/_sum},
 * {@code crampguide_content_errors_total}, {@code crampguide_content_errors_current} and
 * {@code crampguide_content_articles}.
 */
@Component
class ContentMetrics implements MeterBinder {

	private final ContentRepository repository;

	ContentMetrics(ContentRepository repository) {
		this.repository = repository;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		LoadCounters counters = this.repository.loadCounters();
		FunctionTimer
			.builder("crampguide.content.loads", counters, LoadCounters::loads, LoadCounters::nanos,
					TimeUnit.NANOSECONDS)
			.description("Content loads (startup and reloads) and the time they took")
			.register(registry);
		FunctionCounter.builder("crampguide.content.errors", counters, LoadCounters::errors)
			.description("Content errors reported by all loads")
			.register(registry);
		Gauge.builder("crampguide.content.errors.current", this.repository, (content) -> content.errors().size())
			.description("Content errors of the last load; 0 when the content is clean")
			.register(registry);
		Gauge
			.builder("crampguide.content.articles", this.repository,
					(content) -> (content.snapshot() != null) ? content.snapshot().publishedArticles().size() : 0)
			.description("Published articles being served")
			.register(registry);
	}

}
