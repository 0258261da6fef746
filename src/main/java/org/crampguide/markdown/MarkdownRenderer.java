package org.crampguide.markdown;

import java.util.List;
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
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;

/**
 * Turns a Markdown body into safe HTML. The parser and renderer are built once and are
 * thread-safe; bodies are rendered when content loads, never per request.
 */
public final class MarkdownRenderer {

	private final Parser parser;

	private final HtmlRenderer renderer;

	public MarkdownRenderer() {
		MutableDataSet options = new MutableDataSet();
		options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), FootnoteExtension.create(),
				TypographicExtension.create(), new NodeRendererExtension()));
		// Raw HTML is shown as text, never passed through (content format rule).
		options.set(HtmlRenderer.ESCAPE_HTML, true);
		options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
		options.set(TablesExtension.WITH_CAPTION, false);
		options.set(TablesExtension.MIN_HEADER_ROWS, 1);
		options.toImmutable();
		this.parser = Parser.builder(options).build();
		this.renderer = HtmlRenderer.builder(options).build();
	}

	/**
	 * Renders {@code markdown}.
	 * @param context the images that exist and the callout headings
	 * @return the result, with every format problem found
	 */
	public Result render(String markdown, RenderContext context) {
		Document document = this.parser.parse(markdown);
		BodyTransformer transformer = new BodyTransformer(context);
		transformer.transform(document);
		String html = this.renderer.render(document);
		RenderedBody body = new RenderedBody(html, List.copyOf(transformer.headings()),
				java.util.Set.copyOf(transformer.internalLinks()), java.util.Set.copyOf(transformer.imagePaths()),
				plainText(document), callouts(document));
		return new Result(body, List.copyOf(transformer.problems()));
	}

	private static List<CalloutKind> callouts(Document document) {
		List<CalloutKind> kinds = new java.util.ArrayList<>();
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

	private static final class NodeRendererExtension implements HtmlRenderer.HtmlRendererExtension {

		@Override
		public void rendererOptions(MutableDataHolder options) {
		}

		@Override
		public void extend(HtmlRenderer.Builder builder, String rendererType) {
			builder.nodeRendererFactory((options) -> new CrampGuideNodeRenderer());
		}

	}

}
