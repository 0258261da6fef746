package org.crampguide.search;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * Counts searches and searches that found nothing, never what was searched for: health
 * searches are sensitive, so no query text is logged, stored or sent anywhere.
 */
@Component
public class SearchMetrics {

	private final Counter queries;

	private final Counter zeroResults;

	public SearchMetrics(MeterRegistry registry) {
		this.queries = Counter.builder("crampguide.search.queries").description("Searches run").register(registry);
		this.zeroResults = Counter.builder("crampguide.search.zero.results")
			.description("Searches that found no article")
			.register(registry);
	}

	void searched(long results) {
		this.queries.increment();
		if (results == 0) {
			this.zeroResults.increment();
		}
	}

}
