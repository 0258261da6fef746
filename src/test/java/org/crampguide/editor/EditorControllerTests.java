package org.crampguide.editor;

import org.crampguide.testsupport.FixtureContent;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /_editor} answers only in editor mode, and then never to be indexed or cached.
 */
class EditorControllerTests {

	@Nested
	@WebMvcTest(EditorController.class)
	@Import(FixtureContent.class)
	class ByDefault {

		@Autowired
		MockMvcTester mvc;

		@Test
		void answersNotFound() {
			assertThat(this.mvc.get().uri("/_editor")).hasStatus(HttpStatus.NOT_FOUND);
		}

	}

	@Nested
	@WebMvcTest(controllers = EditorController.class, properties = "crampguide.editor=true")
	@Import(FixtureContent.class)
	class InEditorMode {

		@Autowired
		MockMvcTester mvc;

		@Test
		void listsArticlesDraftsTagsAndPathsAndIsNeverIndexedOrCached() {
			assertThat(this.mvc.get().uri("/_editor")).hasStatusOk()
				.hasHeader("X-Robots-Tag", "noindex")
				.hasHeader("Cache-Control", "no-store")
				.bodyText()
				.contains("<meta name=\"robots\" content=\"noindex\">")
				.contains("No content errors")
				.contains(">Why do night cramps happen?</a>")
				.contains("href=\"/causes/draft-idea\"")
				.contains("draft-tag (0)")
				.contains(">/about</a>");
		}

	}

}
