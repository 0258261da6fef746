package org.crampguide.web;

import java.time.Duration;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * A short public cache lifetime for HTML pages: long enough for a CDN to absorb traffic,
 * short enough that an edited article shows up within minutes.
 */
@ControllerAdvice(assignableTypes = { HomeController.class, SectionAndPageController.class, ArticleController.class })
class PageCacheControl {

	static final String VALUE = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic().getHeaderValue();

	@ModelAttribute
	void cacheControl(HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, VALUE);
	}

}
