package org.crampguide.markdown;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import org.crampguide.testsupport.Fixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTML that figures, callouts and headings render to, and the Markdown the format
 * rejects.
 */
class MarkdownRendererTests {

	private static final RenderContext IMAGES = Fixtures.renderContext(
			(path) -> Optional.ofNullable(Map.of("images/calf.svg", new ImageCatalog.ImageSize(800, 450)).get(path)));

	private final MarkdownRenderer renderer = new MarkdownRenderer();

	@Test
	void rendersLoneImageWithCreditAsLazyFigureWithCaptionAndCredit() {
		MarkdownRenderer.Result result = this.renderer.render(
				"""
						![A person leaning on a wall](images/calf.svg "Lean into the wall"){credit="Illustration by Cramp Guide contributors" license="CC BY 4.0"}
						""",
				IMAGES);
		assertThat(result.problems()).isEmpty();
		assertThat(result.body().html()).isEqualTo(
				"""
						<figure class="figure"><img src="/images/calf.svg" alt="A person leaning on a wall" width="800" height="450" loading="lazy" decoding="async"><figcaption>Lean into the wall <span class="figure__credit">Illustration by Cramp Guide contributors · CC BY 4.0</span></figcaption></figure>
						""");
		assertThat(result.body().images()).containsExactly("images/calf.svg");
	}

	@Test
	void linksFigureCreditToItsSource() {
		MarkdownRenderer.Result result = this.renderer.render(
				"""
						![Alt text](images/calf.svg "Caption"){credit="Jo Smith" license="CC BY-SA 4.0" source="https://example.org/a?b=1&c=2"}
						""",
				IMAGES);
		assertThat(result.body().html()).contains(
				"<span class=\"figure__credit\"><a href=\"https://example.org/a?b=1&amp;c=2\">Jo Smith</a> · CC BY-SA 4.0</span>");
	}

	@Test
	void rendersCalloutWithHeadingAndVisuallyHiddenLabel() {
		MarkdownRenderer.Result result = this.renderer.render("""
				> [!EMERGENCY]
				> - you have chest pain
				""", IMAGES);
		assertThat(result.problems()).isEmpty();
		assertThat(result.body().html()).isEqualTo(
				"""
						<div class="callout callout--emergency">
						<p class="callout__heading"><span class="visually-hidden">Emergency advice: </span>Call 911 or go to the emergency room if:</p>
						<ul>
						<li>you have chest pain</li>
						</ul>
						</div>
						""");
	}

	@Test
	void keepsTextOnTheMarkerParagraphsNextLine() {
		MarkdownRenderer.Result result = this.renderer.render("""
				> [!TIP]
				> Keep a glass of water by the bed.
				""", IMAGES);
		assertThat(result.body().html()).isEqualTo("""
				<div class="callout callout--tip">
				<p class="callout__heading">Tip</p>
				<p>Keep a glass of water by the bed.</p>
				</div>
				""");
	}

	@Test
	void rendersEveryCalloutKindWithItsHeading() {
		for (CalloutKind kind : CalloutKind.values()) {
			String html = this.renderer.render("> [!" + kind.marker() + "]\n> Text.\n", IMAGES).body().html();
			assertThat(html).contains("callout--" + kind.cssModifier()).contains(Fixtures.CALLOUTS.get(kind).text());
		}
		assertThat(this.renderer.render("> [!URGENT]\n> Text.\n", IMAGES).body().html())
			.contains("<span class=\"visually-hidden\">Urgent advice: </span>Get medical advice today if:");
	}

	@Test
	void leavesPlainBlockquotesAlone() {
		assertThat(this.renderer.render("> Just a quote.\n", IMAGES).body().html())
			.isEqualTo("<blockquote>\n<p>Just a quote.</p>\n</blockquote>\n");
	}

	@Test
	void givesHeadingsStableDeduplicatedIdsAndSelfLinks() {
		MarkdownRenderer.Result result = this.renderer.render("""
				## What helps?

				### Stretch: the calf

				## What helps?
				""", IMAGES);
		assertThat(result.body().html()).isEqualTo(
				"""
						<h2 id="what-helps">What helps? <a class="heading-anchor" href="#what-helps"><span aria-hidden="true">#</span><span class="visually-hidden">Link to this section</span></a></h2>
						<h3 id="stretch-the-calf">Stretch: the calf <a class="heading-anchor" href="#stretch-the-calf"><span aria-hidden="true">#</span><span class="visually-hidden">Link to this section</span></a></h3>
						<h2 id="what-helps-2">What helps? <a class="heading-anchor" href="#what-helps-2"><span aria-hidden="true">#</span><span class="visually-hidden">Link to this section</span></a></h2>
						""");
		assertThat(result.body().sectionHeadings()).extracting("id").containsExactly("what-helps", "what-helps-2");
	}

	@Test
	void escapesRawHtml() {
		String html = this.renderer.render("<script>alert(1)</script>\n\nText <b onclick=\"x()\">bold</b>\n", IMAGES)
			.body()
			.html();
		assertThat(html).doesNotContain("<script").doesNotContain("<b ").contains("&lt;script&gt;");
	}

	@Test
	void rendersTablesFootnotesAndTypographicQuotes() {
		String html = this.renderer.render("""
				"Quoted" -- text.[^1]

				| A | B |
				| --- | --- |
				| 1 | 2 |

				[^1]: A note.
				""", IMAGES).body().html();
		assertThat(html).contains("&ldquo;Quoted&rdquo;")
			.contains("&ndash;")
			.contains("<table>")
			.contains("<td>1</td>")
			.contains("class=\"footnote-ref\"");
	}

	/**
	 * The table pre-processor is shared by every document of a parser: bodies parsed at
	 * once on several threads each get their own table, alignment and all.
	 */
	@Test
	void rendersEachBodysOwnTableWhenParsedAtOnce() {
		List<String> html = IntStream.range(0, 200).parallel().mapToObj((i) -> this.renderer.render("""
				| Week | Cramps |
				| :--- | ---: |
				| %d | %d |

				Not | a table
				""".formatted(i, i * 2), IMAGES).body().html()).toList();
		for (int i = 0; i < html.size(); i++) {
			assertThat(html.get(i)).contains("<td align=\"left\">" + i + "</td>")
				.contains("<td align=\"right\">" + (i * 2) + "</td>")
				.contains("<p>Not | a table</p>")
				.containsOnlyOnce("<table>");
		}
	}

	@Test
	void collectsInternalLinksWithoutFragments() {
		MarkdownRenderer.Result result = this.renderer.render(
				"See [night cramps](/causes/night-leg-cramps#what-helps) and [NHS](https://www.nhs.uk/).\n", IMAGES);
		assertThat(result.body().internalLinks()).containsExactly("/causes/night-leg-cramps");
	}

	@Test
	void rejectsDangerousLinkSchemesAndRendersThemAsText() {
		MarkdownRenderer.Result result = this.renderer.render("[click](javascript:alert(1)) and [x](//evil.example)\n",
				IMAGES);
		assertThat(result.problems()).extracting(MarkdownProblem::element).containsExactly("link", "link");
		assertThat(result.body().html()).doesNotContain("href").contains("click");
	}

	@Test
	void rejectsImageInsideSentence() {
		MarkdownRenderer.Result result = this.renderer
			.render("A picture ![alt](images/calf.svg \"cap\"){credit=\"x\"} inside text.\n", IMAGES);
		assertThat(result.problems()).singleElement()
			.satisfies((p) -> assertThat(p.message()).contains("alone in its own paragraph"));
	}

	@Test
	void rejectsFigureWithoutCaptionOrCreditOrFile() {
		assertThat(this.renderer.render("![alt](images/calf.svg){credit=\"x\"}\n", IMAGES).problems())
			.extracting(MarkdownProblem::message)
			.anyMatch((m) -> m.contains("caption is required"));
		assertThat(this.renderer.render("![alt](images/calf.svg \"cap\")\n", IMAGES).problems())
			.extracting(MarkdownProblem::message)
			.anyMatch((m) -> m.contains("needs a credit"));
		assertThat(this.renderer.render("![alt](images/none.svg \"cap\"){credit=\"x\"}\n", IMAGES).problems())
			.extracting(MarkdownProblem::message)
			.anyMatch((m) -> m.contains("does not exist"));
	}

	@Test
	void rejectsUnknownCalloutKindAndLevelOneHeading() {
		MarkdownRenderer.Result result = this.renderer.render("# Title\n\n> [!WARNING]\n> Careful.\n", IMAGES);
		assertThat(result.problems()).extracting(MarkdownProblem::element, MarkdownProblem::line)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("heading", 0),
					org.assertj.core.groups.Tuple.tuple("callout", 2));
	}

	@Test
	void givesPlainTextOneLinePerBlock() {
		String text = this.renderer.render("## Heading\n\nFirst line\ncontinues.\n\n- item one\n- item two\n", IMAGES)
			.body()
			.text();
		assertThat(text).isEqualTo("Heading\nFirst line continues.\nitem one\nitem two");
	}

	@Test
	void refusesReferenceStyleLinksByTheSameRuleAsInlineOnes() {
		MarkdownRenderer.Result result = this.renderer.render("""
				Read [this][bad] and [that][good].

				[bad]: javascript:alert(1)
				[good]: /causes/heat-cramps
				""", IMAGES);
		assertThat(result.problems()).extracting(MarkdownProblem::message)
			.containsExactly(
					"'javascript:alert(1)' is not allowed: use https, http, mailto or a site path such as /causes/heat-cramps");
		assertThat(result.body().html()).doesNotContain("javascript")
			.contains("<a href=\"/causes/heat-cramps\">that</a>");
		assertThat(result.body().internalLinks()).containsExactly("/causes/heat-cramps");
	}

}
