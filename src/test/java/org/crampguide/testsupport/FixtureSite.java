package org.crampguide.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole site on a random port over the fixture content, drafts off as in production.
 * Every full-stack test of the fixture site uses exactly this annotation, so Spring's
 * test context cache starts it once: a property added in one test class would start
 * another. It includes {@link FailingEndpoint}, so the 500 page can be tested in the same
 * context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "crampguide.content-dir=src/test/resources/fixtures/content", "crampguide.strict=true",
				"crampguide.base-url=" + FixtureSite.BASE_URL,
				"management.endpoints.web.exposure.include=health,info,metrics,prometheus",
				// FailingEndpoint's deliberate exception would print a stack trace in
				// every passing build.
				"logging.level.org.apache.catalina.core.ContainerBase=OFF" })
@Import(FailingEndpoint.class)
public @interface FixtureSite {

	/**
	 * The configured public address: absolute URLs start with it, never with localhost.
	 */
	String BASE_URL = "https://crampguide.example";

}
