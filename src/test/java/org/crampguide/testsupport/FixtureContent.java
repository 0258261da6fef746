package org.crampguide.testsupport;

import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.crampguide.content.ContentRepository;
import org.crampguide.content.FirstAnswer;
import org.crampguide.content.FirstSnapshotTask;
import org.crampguide.content.FirstSnapshotWork;
import org.crampguide.editor.EditorNotices;
import org.crampguide.related.RelatedArticles;
import org.crampguide.search.SearchIndexes;
import org.crampguide.search.SearchMetrics;
import org.crampguide.seo.PageMetadataFactory;
import org.crampguide.seo.StructuredData;
import org.crampguide.site.SiteAddress;
import org.crampguide.site.SiteProperties;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * What the controllers need in a {@code @WebMvcTest} slice, over the fixture content: a
 * repository built as {@link Fixtures#repository} builds it, and the services that read
 * it. Drafts and editor mode are off unless the test sets {@code crampguide.drafts=true}
 * or {@code crampguide.editor=true}, as the application's own properties do.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FixtureContent {

	@Bean
	SiteProperties siteProperties(Environment environment) {
		return Fixtures.fixtureSite(environment.getProperty("crampguide.drafts", Boolean.class, false),
				environment.getProperty("crampguide.editor", Boolean.class, false));
	}

	@Bean
	ContentRepository contentRepository(SiteProperties properties) {
		return Fixtures.repository(properties, (event) -> {
		});
	}

	@Bean
	EditorNotices editorNotices(ContentRepository content, SiteProperties properties) {
		return new EditorNotices(content, properties);
	}

	@Bean
	MeterRegistry meterRegistry() {
		return new SimpleMeterRegistry();
	}

	@Bean
	SiteAddress siteAddress(SiteProperties properties) {
		return new SiteAddress(properties);
	}

	@Bean
	StructuredData structuredData(SiteAddress address) {
		return new StructuredData(address);
	}

	@Bean
	PageMetadataFactory pageMetadataFactory(SiteAddress address, StructuredData structuredData) {
		return new PageMetadataFactory(address, structuredData);
	}

	@Bean
	FirstSnapshotWork firstSnapshotWork(ContentRepository content, List<FirstSnapshotTask> tasks,
			FirstAnswer firstAnswer) {
		return new FirstSnapshotWork(content, tasks, firstAnswer);
	}

	@Bean
	FirstAnswer firstAnswer(SiteProperties properties) {
		return new FirstAnswer(properties);
	}

	@Bean
	RelatedArticles relatedArticles(ContentRepository content, MeterRegistry meterRegistry) {
		return new RelatedArticles(meterRegistry);
	}

	@Bean
	SearchIndexes searchIndexes(ContentRepository content) {
		return new SearchIndexes(content);
	}

	@Bean
	SearchMetrics searchMetrics(MeterRegistry meterRegistry) {
		return new SearchMetrics(meterRegistry);
	}

}
