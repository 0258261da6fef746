package org.crampguide.pages;

import org.crampguide.content.FirstAnswer;
import org.thymeleaf.spring6.SpringTemplateEngine;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.ServerHttpObservationFilter;

/**
 * Registers the store's filter after the security headers and canonical redirects (and
 * before Spring's request timers), and gives the template engine the
 * {@link AssetLinkBuilder} before it renders anything. A registration rather than a
 * filter component, so controller slices in tests leave the store out unless they ask for
 * it.
 */
@Configuration(proxyBeanMethods = false)
class PagesConfiguration {

	@Bean
	FilterRegistrationBean<PageStoreFilter> pageStoreFilter(PageStore store, FirstAnswer firstAnswer) {
		FilterRegistrationBean<PageStoreFilter> registration = new FilterRegistrationBean<>(
				new PageStoreFilter(store, firstAnswer));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		registration.addUrlPatterns("/*");
		return registration;
	}

	@Bean
	static BeanPostProcessor assetLinks(ObjectProvider<StaticAssets> assets) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof SpringTemplateEngine engine) {
					engine.setLinkBuilder(new AssetLinkBuilder(assets::getObject));
				}
				if (bean instanceof FilterRegistrationBean<?> registration
						&& registration.getFilter() instanceof ServerHttpObservationFilter) {
					// Request timers cost about a tenth of the throughput of a stored
					// page;
					// stored pages are counted by the page cache's own metrics, so the
					// timers measure only what reaches Spring MVC (search, errors).
					registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
				}
				return bean;
			}
		};
	}

}
