package org.crampguide.content.load;

import java.util.ArrayList;
import java.util.List;

import org.crampguide.content.ContentError;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever reading one file throws, even an {@link Error}, leaves that file out with an
 * error naming it.
 */
class OneFileTests {

	private final SourceFile file = new SourceFile("articles/causes/x.md", new byte[0]);

	@Test
	void leavesAFileOutWhenReadingItOverflowsTheStack() {
		List<ContentError> errors = new ArrayList<>();
		String read = OneFile.read(this.file, errors, () -> {
			throw new StackOverflowError();
		});
		assertThat(read).isNull();
		assertThat(errors).extracting(ContentError::toString)
			.containsExactly(
					"content/articles/causes/x.md:1: file: could not be read (StackOverflowError); it is left out");
	}

	@Test
	void leavesAFileOutWhenReadingItThrowsAnyException() {
		List<ContentError> errors = new ArrayList<>();
		Object read = OneFile.read(this.file, errors, () -> {
			throw new IllegalStateException("unexpected");
		});
		assertThat(read).isNull();
		assertThat(errors).singleElement().extracting(ContentError::file).isEqualTo("content/articles/causes/x.md");
	}

	@Test
	void returnsWhatTheReaderReadWhenNothingGoesWrong() {
		List<ContentError> errors = new ArrayList<>();
		assertThat(OneFile.read(this.file, errors, () -> "read")).isEqualTo("read");
		assertThat(errors).isEmpty();
	}

}
