package org.crampguide.search;

import org.crampguide.testsupport.FixtureContent;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The search page over the fixture content: published articles are found, drafts never
 * are, and the box keeps what was typed.
 */
@WebMvcTest(SearchController.class)
@Import(FixtureContent.class)
class SearchControllerTests {

	@Autowired
	MockMvc mvc;

	@Test
	void findsPublishedArticlesAndKeepsTheQueryInTheBox() throws Exception {
		this.mvc.perform(get("/search").param("q", "night cramps"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/causes/night-cramps\"")))
			.andExpect(content().string(containsString("value=\"night cramps\"")));
	}

	@Test
	void neverFindsDrafts() throws Exception {
		this.mvc.perform(get("/search").param("q", "A draft that is not ready"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/causes/draft-idea"))));
		this.mvc.perform(get("/search/suggest").param("q", "draft"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("draft-idea"))));
	}

}
