package org.crampguide.testsupport;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * The page store with every page source, for a {@code @WebMvcTest} slice over
 * {@link FixtureContent}: requests go through the store's filter as in the running site.
 * Test configurations in the scanned packages (such as a test's own repository) are left
 * out, as the application's own scan leaves them out.
 */
@TestConfiguration(proxyBeanMethods = false)
@ComponentScan(
		basePackages = { "org.crampguide.pages", "org.crampguide.web", "org.crampguide.feed", "org.crampguide.share" },
		excludeFilters = @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = TestConfiguration.class))
public class FixturePages {

}
