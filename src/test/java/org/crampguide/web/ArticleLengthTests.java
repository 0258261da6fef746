package org.crampguide.web;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.crampguide.markdown.RenderedBody;
import org.crampguide.markdown.TocEntry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Back to top" is offered after long articles only: many words or many sections.
 */
class ArticleLengthTests {

	@Test
	void offersBackToTopAfterManyWords() {
		assertThat(ArticleLength.needsBackToTop(body("word ".repeat(700), 1))).isTrue();
		assertThat(ArticleLength.needsBackToTop(body("word ".repeat(699), 1))).isFalse();
	}

	@Test
	void offersBackToTopAfterFourSections() {
		assertThat(ArticleLength.needsBackToTop(body("short", 4))).isTrue();
		assertThat(ArticleLength.needsBackToTop(body("short", 3))).isFalse();
		assertThat(ArticleLength.needsBackToTop(body("", 0))).isFalse();
	}

	private static RenderedBody body(String text, int sections) {
		List<TocEntry> headings = IntStream.range(0, sections)
			.mapToObj((i) -> new TocEntry(2, "h" + i, "Heading " + i))
			.toList();
		return new RenderedBody("<p>x</p>", headings, Set.of(), Set.of(), text, List.of());
	}

}
