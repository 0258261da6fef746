package org.crampguide.web;

import java.util.Map;

import org.crampguide.content.ContentRepository;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the page tests share: requests through the store's filter ({@link #mvc}) and the
 * model a path's view hands its template ({@link #view}). Subclasses are
 * {@code @WebMvcTest} slices importing {@code FixtureContent} and {@code FixturePages}.
 */
abstract class PageViewsSlice {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SiteViews views;

	@Autowired
	ContentRepository content;

	/** The model of {@code path}, after checking it renders {@code template}. */
	Map<String, Object> view(String path, String template) {
		PageView view = this.views.view(this.content.snapshot(), path).orElseThrow();
		assertThat(view.template()).isEqualTo(template);
		return view.model();
	}

}
