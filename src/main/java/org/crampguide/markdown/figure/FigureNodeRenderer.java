package org.crampguide.markdown.figure;

import java.util.Set;

import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import org.crampguide.markdown.Figure;
import org.unbescape.html.HtmlEscape;

/**
 * Renders a figure: a lazy image with its intrinsic size, the caption and the credit
 * line. The lead figure's credit is the Thymeleaf fragment {@code credit} in
 * {@code fragments/components.html}; the two are kept the same by a test, not shared.
 * Text is escaped as Thymeleaf escapes it, apostrophes included, so both read the same
 * byte for byte; {@code HtmlWriter.text()} would leave apostrophes as they are.
 */
final class FigureNodeRenderer implements NodeRenderer {

	@Override
	public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
		return Set.of(new NodeRenderingHandler<>(FigureNode.class, this::render));
	}

	private void render(FigureNode node, NodeRendererContext context, HtmlWriter html) {
		Figure figure = node.figure();
		html.line();
		html.attr("class", "figure").withAttr().tag("figure");
		html.attr("src", escaped(figure.src()))
			.attr("alt", escaped(figure.alt()))
			.attr("width", String.valueOf(figure.width()))
			.attr("height", String.valueOf(figure.height()))
			.attr("loading", "lazy")
			.attr("decoding", "async");
		voidTag(html, "img");
		html.tag("figcaption").raw(escaped(figure.caption())).text(" ");
		credit(figure, html);
		html.closeTag("figcaption").closeTag("figure");
		html.line();
	}

	private static void credit(Figure figure, HtmlWriter html) {
		html.attr("class", "figure__credit").withAttr().tag("span");
		if (figure.source() != null) {
			html.attr("href", escaped(figure.source())).withAttr().tag("a").raw(escaped(figure.credit())).closeTag("a");
		}
		else {
			html.raw(escaped(figure.credit()));
		}
		if (figure.license() != null) {
			html.raw(escaped(" · " + figure.license()));
		}
		html.closeTag("span");
	}

	/**
	 * Writes an HTML void element as the rest of the site does, without the XHTML
	 * {@code " />"} that {@code tagVoid} adds. It is then taken off the writer's stack of
	 * open tags, since it has no end tag to close it.
	 */
	private static void voidTag(HtmlWriter html, String name) {
		html.withAttr().tag(name);
		html.getOpenTags().pop();
	}

	/**
	 * HTML-escapes {@code text}. {@code attr()} keeps entities that are already there, so
	 * attribute values escaped here come out the same.
	 */
	private static String escaped(String text) {
		return HtmlEscape.escapeHtml4Xml(text);
	}

}
