package org.crampguide.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * ETags on every response, so browsers and a CDN in front of several instances can
 * revalidate a page with a cheap 304 instead of downloading it again. Pages get a short
 * public max-age (set by {@link PageCacheControl}); images, share images and static files
 * set their own, longer one.
 */
@Configuration(proxyBeanMethods = false)
class HttpCaching {

	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> etagFilter() {
		FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(
				new ShallowEtagHeaderFilter());
		registration.addUrlPatterns("/*");
		registration.setName("etagFilter");
		return registration;
	}

}
