package org.crampguide.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.crampguide.markdown.callout.CalloutExtension;
import org.crampguide.markdown.callout.CalloutNode;
import org.crampguide.markdown.figure.FigureExtension;
import org.crampguide.markdown.figure.FigureNode;
import org.crampguide.markdown.heading.HeadingAnchorExtension;

/**
 * Turns a Markdown body into safe HTML, with the figures, callouts and heading anchors of
 * the content format as Flexmark extensions. One instance serves every thread: it holds
 * immutable options, the HTML renderer and the (immutable) parser of the last render
 * context, and each body's state lives in its own Document. Bodies are parsed and checked
 * when content loads; their HTML is written when the page store renders a page.
 */
public final class MarkdownRenderer {

	private final DataHolder options;

	private final HtmlRenderer renderer;

	/** The parser of the last context: one load renders every body with one context. */
	private volatile ContextParser lastParser;

	public MarkdownRenderer() {
		MutableDataSet options = new MutableDataSet();
		// Heading anchors run first and figures last: a callout's marker line must be
		// gone before its first paragraph can be seen as a lone image.
		options.set(Parser.EXTENSIONS,
				List.of(new SharedTablesExtension(), FootnoteExtension.create(), TypographicExtension.create(),
						new HeadingAnchorExtension(), new CalloutExtension(), new FigureExtension()));
		// Raw HTML is shown as text, never passed through (content format rule).
		options.set(HtmlRenderer.ESCAPE_HTML, true);
		options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
		options.set(TablesExtension.WITH_CAPTION, false);
		options.set(TablesExtension.MIN_HEADER_ROWS, 1);
		this.options = options.toImmutable();
		this.renderer = HtmlRenderer.builder(this.options).build();
	}

	/**
	 * Renders {@code markdown}.
	 * @param context the images that exist and the callout headings
	 * @return the result, with every format problem found; a body nested too deeply to
	 * parse safely is not parsed at all, and its only problem says so
	 */
	public Result render(String markdown, RenderContext context) {
		MarkdownProblem tooDeep = NestingDepth.check(markdown);
		if (tooDeep != null) {
			return new Result(new RenderedBody("", List.of(), Set.of(), Set.of(), "", List.of()), List.of(tooDeep));
		}
		Parser parser = parser(context);
		Parsed parsed = parse(parser, markdown);
		Document document = parsed.document();
		LinkRules links = parsed.links();
		// The HTML is written from a second parse when a page needs it: holding 10,000
		// Documents would not fit the heap, and parsing is the smaller half of the work.
		RenderedBody body = new RenderedBody(() -> html(parser, markdown),
				HeadingAnchorExtension.tableOfContents(document), links.internalLinks(), links.imagePaths(),
				plainText(document), callouts(document));
		return new Result(body, MarkdownProblems.of(document).inLineOrder());
	}

	/**
	 * A parser whose options carry {@code context}. Flexmark runs post-processors inside
	 * {@code parse()} and gives them only the Document, which inherits the parser's
	 * options, so this is how the figure and callout rules see the context without shared
	 * state. Parsers are immutable and thread-safe, so one serves a whole load: building
	 * one for each of 10,000 bodies was a twentieth of the load.
	 */
	private Parser parser(RenderContext context) {
		ContextParser last = this.lastParser;
		if (last == null || last.context() != context) {
			last = new ContextParser(context,
					Parser.builder(new MutableDataSet(this.options).set(RenderContext.KEY, context)).build());
			this.lastParser = last;
		}
		return last.parser();
	}

	/** The HTML of a body parsed again, with refused links shown as text as before. */
	private String html(Parser parser, String markdown) {
		return this.renderer.render(parse(parser, markdown).document());
	}

	/**
	 * Parses {@code markdown} and applies the link rules, which rewrite refused links in
	 * the Document: both parses of a body go through here, so its HTML never skips them.
	 */
	private static Parsed parse(Parser parser, String markdown) {
		Document document = parser.parse(markdown);
		return new Parsed(document, new LinkRules(document));
	}

	private record Parsed(Document document, LinkRules links) {
	}

	private record ContextParser(RenderContext context, Parser parser) {
	}

	private static List<CalloutKind> callouts(Document document) {
		List<CalloutKind> kinds = new ArrayList<>();
		for (Node node : document.getDescendants()) {
			if (node instanceof CalloutNode callout) {
				kinds.add(callout.kind());
			}
		}
		return List.copyOf(kinds);
	}

	/**
	 * One line per paragraph, heading and table cell, so that sentence and word counts
	 * stay meaningful.
	 */
	private static String plainText(Document document) {
		StringBuilder text = new StringBuilder();
		appendBlocks(document, text);
		return text.toString()
			.lines()
			.map(String::strip)
			.filter((line) -> !line.isEmpty())
			.collect(Collectors.joining("\n"));
	}

	private static void appendBlocks(Node node, StringBuilder text) {
		for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
			if (child instanceof Paragraph || child instanceof Heading || child instanceof TableCell) {
				text.append(new TextCollectingVisitor().collectAndGetText(child).replace('\n', ' ')).append('\n');
			}
			else if (!(child instanceof FigureNode)) {
				appendBlocks(child, text);
			}
		}
	}

	/**
	 * A rendered body and the problems found in it.
	 *
	 * @param body the rendered body
	 * @param problems format problems, empty when the body is valid
	 */
	public record Result(RenderedBody body, List<MarkdownProblem> problems) {
	}

}
