package org.crampguide.testsupport;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.ComponentScan;

/**
 * The page store with every page source, for a {@code @WebMvcTest} slice over
 * {@link FixtureContent}: requests go through the store's filter as in the running site.
 */
@TestConfiguration(proxyBeanMethods = false)
@ComponentScan(
		basePackages = { "org.crampguide.pages", "org.crampguide.web", "org.crampguide.feed", "org.crampguide.share" })
public class FixturePages {

}
