package org.crampguide.content.load;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.crampguide.content.ContentError;
import org.crampguide.content.ContentException;
import org.crampguide.content.ContentSnapshot;
import org.crampguide.content.LoadResult;
import org.crampguide.testsupport.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Fuzzes the loader with arbitrary bytes, arbitrary YAML-ish front matter and arbitrary
 * Markdown built from the format's constructs (deep nesting included): every outcome is a
 * snapshot plus content errors that name file and line, never an exception, and never a
 * file that "could not be read" (which would mean an unexpected exception was caught).
 */
class ContentLoaderFuzzTests {

	/**
	 * A hang guard, not a speed target: a load of the fixture tree takes milliseconds, so
	 * only a loop or a catastrophic backtrack comes near it.
	 */
	private static final Duration HANG_GUARD = Duration.ofSeconds(10);

	private static final Map<String, byte[]> FIXTURE = ContentFiles.fromDirectory(Fixtures.CONTENT);

	private static final String FUZZ = "articles/causes/fuzz.md";

	private static final String FRONT_MATTER = frontMatterOf("articles/causes/night-cramps.md");

	private static final ContentSnapshot GOOD = Fixtures.loader().load(FIXTURE, null, 1).snapshot();

	private final ContentLoader loader = Fixtures.loader();

	@Property(tries = 60)
	void anyBytesAsAnArticleImageOrSiteFile(@ForAll @Size(max = 3000) byte[] bytes, @ForAll("targets") String target) {
		LoadResult result = load(Map.of(target, bytes));
		if (!target.equals("site.yml") && !target.equals("care-signs.yml")) {
			assertThat(result.snapshot().article("causes", "night-cramps", false)).isPresent();
		}
	}

	@Property(tries = 60)
	void anyFrontMatter(@ForAll("frontMatter") String yaml) {
		load(Map.of(FUZZ, ("---\n" + yaml + "\n---\nA short body.\n").getBytes(StandardCharsets.UTF_8)));
	}

	@Property(tries = 80)
	void anyMarkdownBody(@ForAll("markdown") String body) {
		load(Map.of(FUZZ, (FRONT_MATTER + body).getBytes(StandardCharsets.UTF_8)));
	}

	@Provide
	Arbitrary<String> targets() {
		return Arbitraries.of(FUZZ, "pages/fuzz.md", "images/fuzz.svg", "images/fuzz.png", "images/fuzz.webp",
				"site.yml", "care-signs.yml");
	}

	@Provide
	Arbitrary<String> frontMatter() {
		Arbitrary<String> key = Arbitraries.oneOf(Arbitraries.of(ArticleReader.FIELDS),
				Arbitraries.strings().ofMaxLength(12), Arbitraries.of("image", "sources", "<<", "? complex"));
		Arbitrary<String> scalar = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(40),
				Arbitraries.strings().ascii().ofMaxLength(200),
				Arbitraries.of("2026-11-01", "2026-02-30", "99999-01-01", "true", "null", "~", "0x1F", ".inf", "&a x",
						"*a", "*missing", "!!binary aGk=", "!!python/object:os.system x", "!!timestamp 2026-01-01",
						"'unclosed", "\"\\u0000\"", "|\n  block", ">-\n  folded", "https://x.example/a",
						"javascript:alert(1)", "[a, b, [c, [d]]]", "{a: 1, b: {c: 2}}",
						"[" + "[".repeat(60) + "]".repeat(60) + "]", "{" + "a: {".repeat(60) + "}".repeat(61)));
		Arbitrary<String> value = Arbitraries.recursive(() -> scalar,
				(inner) -> Arbitraries.oneOf(
						inner.list().ofMaxSize(4).map((items) -> "[" + String.join(", ", items) + "]"),
						Arbitraries.strings()
							.withCharRange('a', 'z')
							.ofMaxLength(6)
							.flatMap((name) -> inner.map((v) -> "{" + name + ": " + v + "}")),
						inner.list().ofMaxSize(3).map((items) -> "\n" + indentList(items))),
				0, 4);
		Arbitrary<String> line = Arbitraries.oneOf(key.flatMap((k) -> value.map((v) -> k + ": " + v)),
				Arbitraries.strings().ofMaxLength(30), Arbitraries.of("---", "...", "%YAML 1.1", "- item", "  : x"));
		return line.list().ofMaxSize(20).map((lines) -> String.join("\n", lines));
	}

	@Provide
	Arbitrary<String> markdown() {
		Arbitrary<String> url = Arbitraries.of("/causes/night-cramps", "/prevention/stretching-routine#x",
				"https://www.nhs.uk/", "http://x.example", "mailto:a@b.example", "javascript:alert(1)",
				"JaVaScRiPt:alert(1)", "data:text/html,x", "//evil.example", "/missing", "#top", "", "images/calf.svg",
				"../../site.yml", "%00", "<https://x.example>");
		Arbitrary<String> inline = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(30),
				Arbitraries.strings().ascii().ofMaxLength(60),
				Arbitraries.of("cramp", "**bold**", "*em*", "_em_", "`code`", "<script>alert(1)</script>", "&amp;",
						"&#0;", "\\", "{{sign:clot}}", "{{sign:", "[^1]", "[x][r]", "<b onclick=x>", "\u0000", "\uFEFF",
						"\u202E"),
				url.map((u) -> "[link](" + u + ")"), url.map((u) -> "<" + u + ">"),
				url.map((u) -> "![alt text](" + u + " \"caption\"){credit=\"c\" license=\"CC BY 4.0\"}"),
				Arbitraries.integers().between(1, 80).map((n) -> "*".repeat(n) + "x" + "*".repeat(n)),
				Arbitraries.integers().between(1, 80).map((n) -> "[".repeat(n) + "x" + "](/a)".repeat(n)));
		Arbitrary<String> paragraph = inline.list().ofMinSize(1).ofMaxSize(8).map((parts) -> String.join(" ", parts));
		Arbitrary<String> leaf = Arbitraries.oneOf(paragraph, paragraph.map((p) -> "## " + p),
				paragraph.map((p) -> "# " + p), paragraph.map((p) -> "### " + p), paragraph.map((p) -> "- " + p),
				paragraph.map((p) -> "1. " + p), paragraph.map((p) -> "|" + p + "|b|\n|-|-|\n|c|d|"),
				paragraph.map((p) -> "```\n" + p + "\n```"), url.map((u) -> "[r]: " + u),
				paragraph.map((p) -> "[^1]: " + p), Arbitraries.of("---", "***", "<div>html</div>", "    indented"),
				Arbitraries.of("EMERGENCY", "URGENT", "SEE-A-DOCTOR", "IMPORTANT", "TIP", "NOPE")
					.flatMap((kind) -> paragraph.map((p) -> "> [!" + kind + "]\n> - " + p)));
		// Containers as a list of wrappers rather than Arbitraries.recursive, whose
		// arbitraries grow exponentially with depth; up to 40 levels, past the limit of
		// 32.
		Arbitrary<String> block = Combinators
			.combine(leaf, Arbitraries.of("> ", "- ", "1. ", "  - ").list().ofMaxSize(40))
			.as((text, containers) -> {
				String nested = text;
				for (String container : containers) {
					nested = prefixLines(container, nested);
				}
				return nested;
			});
		return block.list().ofMaxSize(12).map((blocks) -> String.join("\n\n", blocks));
	}

	/**
	 * Loads the fixture tree with {@code changes} applied, at startup and as a reload of
	 * the good fixture, and checks the outcome: a snapshot (or, only at startup with a
	 * broken {@code site.yml}, a {@link ContentException}), and errors that each name a
	 * content file, a line and a field.
	 */
	private LoadResult load(Map<String, byte[]> changes) {
		Map<String, byte[]> files = new TreeMap<>(FIXTURE);
		files.putAll(changes);
		try {
			LoadResult startup = assertTimeoutPreemptively(HANG_GUARD, () -> this.loader.load(files, null, 1));
			assertNamed(startup.errors());
		}
		catch (ContentException ex) {
			assertThat(changes).containsKey("site.yml");
			assertNamed(ex.errors());
		}
		LoadResult reload = assertTimeoutPreemptively(HANG_GUARD, () -> this.loader.load(files, GOOD, 2));
		assertThat(reload.snapshot()).isNotNull();
		assertNamed(reload.errors());
		return reload;
	}

	private static void assertNamed(List<ContentError> errors) {
		assertThat(errors).allSatisfy((error) -> {
			assertThat(error.file()).startsWith("content/");
			assertThat(error.line()).isPositive();
			assertThat(error.field()).isNotBlank();
			assertThat(error.message()).isNotBlank().doesNotContain("could not be read");
		});
	}

	private static String prefixLines(String prefix, String text) {
		return String.join("\n", text.lines().map((line) -> prefix + line).toList());
	}

	private static String indentList(List<String> items) {
		return String.join("\n", items.stream().map((item) -> "  - " + item.replace("\n", "\n    ")).toList());
	}

	private static String frontMatterOf(String path) {
		String text = new String(FIXTURE.get(path), StandardCharsets.UTF_8);
		return text.substring(0, text.indexOf("\n---\n") + 5);
	}

}
