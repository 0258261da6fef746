package org.crampguide.content;

import org.crampguide.testsupport.FixtureSite;
import org.crampguide.testsupport.SiteClient;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Operators' endpoints answer on the management port only: Prometheus metrics with the
 * site's own meters, and the liveness and readiness groups.
 */
@FixtureSite
class ManagementPortIT {

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	@Test
	void servesPrometheusMetricsOfContentAndTheRelatedCache() {
		new SiteClient(this.port).get("/causes/night-cramps");
		String metrics = new String(new SiteClient(this.managementPort).getBytes("/actuator/prometheus").body());
		assertThat(metrics).contains("crampguide_content_loads_seconds_count")
			.contains("crampguide_content_loads_seconds_sum")
			.contains("crampguide_content_errors_total")
			.containsPattern("crampguide_content_articles(\\{[^}]*})? 5\\.0")
			.containsPattern("cache_gets_total\\{[^}]*cache=\"related\"");
	}

	@Test
	void answersReadinessAndLivenessGroups() {
		SiteClient management = new SiteClient(this.managementPort);
		var readiness = management.get("/actuator/health/readiness");
		assertThat(readiness.statusCode()).isEqualTo(200);
		assertThat(readiness.body()).contains("\"status\":\"UP\"");
		var liveness = management.get("/actuator/health/liveness");
		assertThat(liveness.statusCode()).isEqualTo(200);
		assertThat(liveness.body()).contains("\"status\":\"UP\"");
	}

	@Test
	void keepsActuatorOffTheSitesPort() {
		SiteClient site = new SiteClient(this.port);
		for (String path : new String[] { "/actuator/prometheus", "/actuator/health", "/actuator/health/readiness" }) {
			assertThat(site.get(path).statusCode()).as(path).isEqualTo(404);
		}
	}

}
