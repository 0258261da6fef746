package org.crampguide.system;

import java.time.Duration;

import org.crampguide.site.SiteProperties;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.WebContentInterceptor;

/**
 * ETags on every response, so browsers and a CDN in front of several instances can
 * revalidate a page with a cheap 304 instead of downloading it again. HTML pages get a
 * short public max-age: long enough for a CDN to absorb traffic, short enough that an
 * edited article shows up within minutes. Images, share images and static files set their
 * own, longer one.
 */
@Configuration(proxyBeanMethods = false)
class HttpCachingConfiguration implements WebMvcConfigurer {

	static final CacheControl PAGES = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

	private final boolean editor;

	HttpCachingConfiguration(SiteProperties properties) {
		this.editor = properties.editor();
	}

	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> etagFilter() {
		FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(
				new ShallowEtagHeaderFilter());
		registration.addUrlPatterns("/*");
		registration.setName("etagFilter");
		return registration;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		WebContentInterceptor pages = new WebContentInterceptor();
		// A writer's saved edit must show on the next click, not five minutes later: in
		// editor
		// mode every page is revalidated (the ETag makes that cheap).
		pages.addCacheMapping(this.editor ? CacheControl.noCache() : PAGES, "/", "/*", "/*/*");
		registry.addInterceptor(pages)
			.excludePathPatterns("/error", "/images/**", "/share/**", "/css/**", "/js/**", "/actuator/**");
	}

}
