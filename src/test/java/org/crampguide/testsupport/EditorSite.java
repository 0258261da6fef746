package org.crampguide.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole site in editor mode, as {@code ./mvnw spring-boot:run} runs it, on a random
 * port over a writable copy of the fixture content with known errors
 * ({@link EditorSiteContent}); not strict, so the errors are shown rather than fatal, and
 * the base URL left at its default, so it follows the port. Shared by every editor test
 * so the context starts once.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "crampguide.editor=true", "crampguide.strict=false",
				// The known errors are what the tests check in the browser; printed, they
				// would send a writer
				// reading the build log looking for files that do not exist.
				"logging.level.org.crampguide.content=OFF" })
@ContextConfiguration(initializers = EditorSiteContent.class)
public @interface EditorSite {

}
