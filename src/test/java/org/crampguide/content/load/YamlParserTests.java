package org.crampguide.content.load;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.crampguide.content.ContentError;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class YamlParserTests {

	private final List<ContentError> errors = new ArrayList<>();

	@Test
	void aFieldLeftBlankHasNoValue() {
		YamlFields fields = parse("title:\nsummary: Why calves cramp at night\n");
		assertThat(fields.string("title", true)).isNull();
		assertThat(this.errors).singleElement().satisfies((error) -> {
			assertThat(error.line()).isEqualTo(2);
			assertThat(error.field()).isEqualTo("title");
			assertThat(error.message()).isEqualTo("must have a value");
		});
	}

	@Test
	void quotedEmptyTextIsAValueThatIsEmpty() {
		YamlFields fields = parse("title: \"\"\n");
		assertThat(fields.string("title", true)).isNull();
		assertThat(this.errors).singleElement()
			.satisfies((error) -> assertThat(error.message()).isEqualTo("must not be empty"));
	}

	@Test
	void valuesThatLookLikeOtherTypesAreReadAsWritten() {
		YamlFields fields = parse("""
				published: 2026-01-09
				draft: true
				title: 0.5 litres
				summary: No
				aside: null
				tags: [yes, 12, ~]
				""");
		assertThat(fields.date("published", true)).isEqualTo(LocalDate.of(2026, 1, 9));
		assertThat(fields.bool("draft")).isTrue();
		assertThat(fields.string("title", true)).isEqualTo("0.5 litres");
		assertThat(fields.string("summary", true)).isEqualTo("No");
		assertThat(fields.string("aside", false)).isEqualTo("null");
		assertThat(fields.stringList("tags", true)).containsExactly("yes", "12", "~");
		assertThat(this.errors).isEmpty();
	}

	private YamlFields parse(String yaml) {
		return YamlParser.parse("articles/night-cramps.md", yaml, 1, this.errors);
	}

}
