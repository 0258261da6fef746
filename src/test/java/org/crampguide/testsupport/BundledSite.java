package org.crampguide.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole site on a random port over the real {@code content/} folder, for the browser
 * tests that check what readers get. Shared like {@link FixtureSite}, so it starts once.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"crampguide.content-dir=content", "crampguide.strict=true", "crampguide.base-url=" + BundledSite.BASE_URL })
public @interface BundledSite {

	/** The configured public address. */
	String BASE_URL = "https://crampguide.example";

}
