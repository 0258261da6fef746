package org.crampguide.testsupport;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A test-only endpoint, {@value #PATH}, that fails with a secret in its exception
 * message, so a test can check that the 500 page shows neither.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FailingEndpoint {

	/** The path that always fails. */
	public static final String PATH = "/test-only/failure";

	/** The exception message that must never reach a reader. */
	public static final String SECRET = "secret detail";

	@Bean
	FailingController failingController() {
		return new FailingController();
	}

	@RestController
	static class FailingController {

		@GetMapping(PATH)
		String fail() {
			throw new IllegalStateException(SECRET);
		}

	}

}
