package org.crampguide.testsupport;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A test-only endpoint, {@value #PATH}, that fails with a secret in its exception
 * message, so a test can check that the 500 page shows neither. Being a
 * {@code @TestComponent}, component scanning skips it; {@link FixtureSite} imports it.
 */
@TestComponent
@RestController
public class FailingEndpoint {

	/** The path that always fails. */
	public static final String PATH = "/test-only/failure";

	@GetMapping(PATH)
	String fail() {
		throw new IllegalStateException("secret detail");
	}

}
