package org.crampguide.content;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Slug and alias shapes, including values long enough to overflow a backtracking regex.
 */
class SlugsTests {

	@Test
	void acceptsSlugsAndAliasPaths() {
		assertThat(Slugs.isSlug("night-leg-cramps")).isTrue();
		assertThat(Slugs.isSlug("Night--cramps")).isFalse();
		assertThat(Slugs.isAliasPath("/causes/old-name")).isTrue();
		assertThat(Slugs.isAliasPath("/causes/../admin")).isFalse();
	}

	@Test
	void checksFiftyThousandSegmentsWithoutOverflowingTheStack() {
		assertThat(Slugs.isAliasPath("/a".repeat(50_000))).isTrue();
		assertThat(Slugs.isSlug("a-".repeat(50_000) + "a")).isTrue();
	}

}
