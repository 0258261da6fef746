package org.crampguide.content.load;

import java.util.Arrays;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Splitting a file into front matter and body: the yaml, the body and the body's first
 * line, for every arrangement of fences, blank lines and line endings.
 */
class FrontMatterSplitTests {

	@Test
	void splitsFrontMatterFromTheBody() {
		FrontMatterSplit split = FrontMatterSplit.split("---\ntitle: A\nsummary: B\n---\n\n# Body\n");
		assertThat(split).isEqualTo(new FrontMatterSplit("title: A\nsummary: B", "\n# Body\n", 5));
	}

	@Test
	void readsWindowsLineEndingsAByteOrderMarkAndIndentedFences() {
		FrontMatterSplit split = FrontMatterSplit.split("\uFEFF--- \r\ntitle: A\r\n  ---\r\nBody");
		assertThat(split).isEqualTo(new FrontMatterSplit("title: A", "Body", 4));
	}

	@Test
	void keepsEmptyFrontMatterAndAnEmptyBody() {
		assertThat(FrontMatterSplit.split("---\n---")).isEqualTo(new FrontMatterSplit("", "", 3));
		assertThat(FrontMatterSplit.split("---\n---\n")).isEqualTo(new FrontMatterSplit("", "", 3));
	}

	@Test
	void findsNoFrontMatterWithoutBothFences() {
		assertThat(FrontMatterSplit.split("")).isNull();
		assertThat(FrontMatterSplit.split("---")).isNull();
		assertThat(FrontMatterSplit.split("---\ntitle: A\n")).isNull();
		assertThat(FrontMatterSplit.split("title: A\n---\n---\n")).isNull();
	}

	/** The split agrees with splitting into lines and joining them again. */
	@Property(tries = 2000)
	void agreesWithSplittingIntoLines(@ForAll("files") String file) {
		FrontMatterSplit split = FrontMatterSplit.split(file);
		assertThat(split).isEqualTo(byLines(file));
		Statistics.label("front matter found").collect(split != null).coverage((coverage) -> {
			coverage.check(true).percentage((percent) -> percent > 20);
			coverage.check(false).percentage((percent) -> percent > 10);
		});
	}

	/**
	 * Mostly files that open with a fence, then fences, line ends and text in any order.
	 */
	@Provide
	Arbitrary<String> files() {
		Arbitrary<String> opening = Arbitraries.of("---\n", "--- \r\n", "\uFEFF---\n", "---", "", "a: b\n");
		Arbitrary<String> rest = Arbitraries
			.of("---", " --- ", "----", "\n", "\r\n", "\r", " ", "a: b", "\uFEFF", "-", "\n---\n", "\r\n---")
			.list()
			.ofMaxSize(12)
			.map((parts) -> String.join("", parts));
		return Combinators.combine(opening, rest).as(String::concat);
	}

	private static FrontMatterSplit byLines(String text) {
		String normalized = text.replace("\r\n", "\n");
		if (normalized.startsWith("\uFEFF")) {
			normalized = normalized.substring(1);
		}
		List<String> lines = Arrays.asList(normalized.split("\n", -1));
		if (!lines.get(0).strip().equals("---")) {
			return null;
		}
		for (int i = 1; i < lines.size(); i++) {
			if (lines.get(i).strip().equals("---")) {
				return new FrontMatterSplit(String.join("\n", lines.subList(1, i)),
						String.join("\n", lines.subList(i + 1, lines.size())), i + 2);
			}
		}
		return null;
	}

}
