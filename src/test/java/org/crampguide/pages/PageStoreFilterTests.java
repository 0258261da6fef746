package org.crampguide.pages;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.crampguide.content.ContentRepository;
import org.crampguide.content.ContentSnapshot;
import org.crampguide.content.FirstAnswer;
import org.crampguide.site.SiteProperties;
import org.crampguide.testsupport.Fixtures;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The filter answers from the store and opens the first-answer gate once it has answered,
 * whether the store held the page or the request went on to Spring MVC.
 */
class PageStoreFilterTests {

	private final ContentRepository content = Fixtures.repository(Fixtures.CONTENT, true, (event) -> {
	});

	@Test
	void opensTheGateOnceAPageHasBeenAnswered() throws Exception {
		FirstAnswer firstAnswer = new FirstAnswer(SiteProperties.defaults());
		PageStoreFilter filter = new PageStoreFilter(store(), firstAnswer);
		assertThat(firstAnswer.isOpen()).isFalse();
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(new MockHttpServletRequest("GET", "/page"), response, new MockFilterChain());
		assertThat(response.getContentAsString()).isEqualTo("the page");
		assertThat(firstAnswer.isOpen()).isTrue();
	}

	@Test
	void opensTheGateForARequestThatGoesOnToSpringMvc() throws Exception {
		FirstAnswer firstAnswer = new FirstAnswer(SiteProperties.defaults());
		PageStoreFilter filter = new PageStoreFilter(store(), firstAnswer);
		MockFilterChain chain = new MockFilterChain();
		filter.doFilter(new MockHttpServletRequest("GET", "/search"), new MockHttpServletResponse(), chain);
		assertThat(chain.getRequest()).isNotNull();
		assertThat(firstAnswer.isOpen()).isTrue();
	}

	private PageStore store() {
		PageSource source = new PageSource() {

			@Override
			public Optional<PageBody> render(ContentSnapshot snapshot, String path) {
				return path.equals("/page") ? Optional.of(PageBody.html("the page")) : Optional.empty();
			}

			@Override
			public Stream<String> paths(ContentSnapshot snapshot) {
				return Stream.of("/page");
			}

		};
		return new PageStore(this.content, List.of(source), SiteProperties.defaults(), new SimpleMeterRegistry());
	}

}
