package org.crampguide.content;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code content} health of the readiness group: ready once a content snapshot is
 * being served. Tied to the snapshot itself, not to the repository bean existing, so it
 * stays right if the first load ever runs in the background.
 */
@Component
class ContentHealthIndicator implements HealthIndicator {

	private final ContentRepository repository;

	ContentHealthIndicator(ContentRepository repository) {
		this.repository = repository;
	}

	@Override
	public Health health() {
		if (!this.repository.isServing()) {
			return Health.outOfService().withDetail("reason", "no content snapshot yet").build();
		}
		ContentSnapshot snapshot = this.repository.snapshot();
		return Health.up()
			.withDetail("version", snapshot.version())
			.withDetail("articles", snapshot.publishedArticles().size())
			.withDetail("errors", this.repository.errors().size())
			.build();
	}

}
