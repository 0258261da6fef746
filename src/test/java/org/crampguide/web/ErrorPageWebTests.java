package org.crampguide.web;

import org.crampguide.testsupport.SiteClient;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A failure inside the application shows the site's own 500 page, never a stack trace or
 * exception text.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "crampguide.content-dir=src/test/resources/fixtures/content", "crampguide.strict=true" })
class ErrorPageWebTests {

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

	@TestConfiguration
	static class FailingEndpoint {

		@Bean
		FailingController failingController() {
			return new FailingController();
		}

	}

	@RestController
	static class FailingController {

		@GetMapping("/test-only/failure")
		String fail() {
			throw new IllegalStateException("secret detail");
		}

	}

}
