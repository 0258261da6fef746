package org.crampguide.content.load;

import org.crampguide.markdown.MarkdownRenderer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Markdown renderer as a bean: {@code markdown} knows nothing of Spring, so it is
 * declared here, where it is used.
 */
@Configuration(proxyBeanMethods = false)
class MarkdownConfiguration {

	@Bean
	MarkdownRenderer markdownRenderer() {
		return new MarkdownRenderer();
	}

}
