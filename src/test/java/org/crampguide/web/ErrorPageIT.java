package org.crampguide.web;

import java.net.http.HttpResponse;

import org.crampguide.testsupport.FailingEndpoint;
import org.crampguide.testsupport.FixtureSite;
import org.crampguide.testsupport.SiteClient;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A failure inside the application ({@link FailingEndpoint}) shows the site's own 500
 * page, never a stack trace or exception text.
 */
@FixtureSite
class ErrorPageIT {

	@LocalServerPort
	int port;

	@Test
	void showsFriendly500PageWithoutDetails() {
		HttpResponse<String> response = new SiteClient(this.port).get("/test-only/failure");
		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.body()).contains("<h1>Sorry, something went wrong</h1>")
			.contains("call 911 or your local emergency number")
			.doesNotContain("secret detail")
			.doesNotContain("IllegalStateException")
			.doesNotContain("at org.");
		assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
	}

}
