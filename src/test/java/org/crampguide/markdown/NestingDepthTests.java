package org.crampguide.markdown;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;
import java.util.stream.Stream;

import org.crampguide.testsupport.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of nesting that overflowed Flexmark's stack at 10,000 levels is refused
 * before parsing, and the deepest nesting that is accepted renders even on a small stack.
 */
class NestingDepthTests {

	private static final RenderContext NO_IMAGES = Fixtures.renderContext((path) -> Optional.empty());

	private final MarkdownRenderer renderer = new MarkdownRenderer();

	static Stream<Arguments> kinds() {
		return Stream.of(kind("block quotes", (n) -> ">".repeat(n) + " x\n"),
				kind("spaced block quotes", (n) -> "> ".repeat(n) + "x\n"),
				kind("indented lists", NestingDepthTests::indentedList),
				kind("bullet markers", (n) -> "- ".repeat(n) + "x\n"),
				kind("numbered markers", (n) -> "1. ".repeat(n) + "x\n"),
				kind("quotes in lists", (n) -> "> - ".repeat(n / 2) + "x\n"),
				kind("emphasis runs", (n) -> "*".repeat(n) + "x" + "*".repeat(n) + "\n"),
				kind("spaced emphasis", (n) -> "*a ".repeat(n) + "x" + " b*".repeat(n) + "\n"),
				kind("emphasis after punctuation", (n) -> "(*".repeat(n) + "x" + "*)".repeat(n) + "\n"),
				kind("emphasis over lines", (n) -> "_a\n".repeat(n) + "x" + "\nb_".repeat(n) + "\n"),
				kind("images in images", (n) -> "![".repeat(n) + "x" + "](/a)".repeat(n) + "\n"));
	}

	private static Arguments kind(String name, IntFunction<String> markdown) {
		return Arguments.of(name, markdown);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("kinds")
	void refusesTenThousandLevelsWithoutParsing(String name, IntFunction<String> markdown) {
		MarkdownRenderer.Result result = this.renderer.render(markdown.apply(10_000), NO_IMAGES);
		assertThat(result.problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.element()).isEqualTo("nesting");
			assertThat(problem.message()).matches(".* are nested \\d{4,5} levels deep; the limit is 32");
		});
		assertThat(result.body().html()).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("kinds")
	void rendersTheDeepestAcceptedNestingOnASmallStack(String name, IntFunction<String> markdown) throws Exception {
		String deepest = deepestAccepted(markdown);
		AtomicReference<Throwable> failure = new AtomicReference<>();
		AtomicReference<MarkdownRenderer.Result> result = new AtomicReference<>();
		// 256 KB, a quarter of the JVM's default thread stack.
		Thread small = new Thread(null, () -> {
			try {
				result.set(this.renderer.render(deepest, NO_IMAGES));
			}
			catch (Throwable ex) {
				failure.set(ex);
			}
		}, "small-stack", 256 * 1024);
		small.start();
		small.join();
		assertThat(failure.get()).isNull();
		assertThat(result.get().problems()).noneMatch((problem) -> problem.element().equals("nesting"));
	}

	@Test
	void acceptsTheNestingArticlesUse() {
		String body = """
				> [!URGENT]
				> - **Get help today** if the cramp *will not* ease:
				>   - after an [injury](/causes/injury), or
				>   - with _swelling_.

				1. Stop what you are doing.
				   - Stretch **slowly.** Then rub it.
				   - Rub it **gently.** Then rest.
				""";
		assertThat(NestingDepth.check(body)).isNull();
	}

	/** The deepest input of this kind that passes the check. */
	private static String deepestAccepted(IntFunction<String> markdown) {
		int depth = 1;
		while (NestingDepth.check(markdown.apply(depth + 1)) == null) {
			depth++;
		}
		assertThat(depth).isGreaterThanOrEqualTo(NestingDepth.LIMIT / 4);
		return markdown.apply(depth);
	}

	private static String indentedList(int depth) {
		StringBuilder list = new StringBuilder();
		for (int level = 0; level < depth; level++) {
			list.append("  ".repeat(level)).append("- x\n");
		}
		return list.toString();
	}

}
