package org.crampguide.markdown;

import java.util.Set;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;

/**
 * Renders the nodes that {@link BodyTransformer} made (figures, callouts) and headings
 * with a copyable link to themselves. Works on the syntax tree, so no HTML is ever
 * patched with regular expressions.
 */
final class CrampGuideNodeRenderer implements NodeRenderer {

	@Override
	public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
		return Set.of(new NodeRenderingHandler<>(FigureNode.class, this::renderFigure),
				new NodeRenderingHandler<>(CalloutNode.class, this::renderCallout),
				new NodeRenderingHandler<>(Heading.class, this::renderHeading));
	}

	private void renderFigure(FigureNode node, NodeRendererContext context, HtmlWriter html) {
		Figure figure = node.figure();
		html.line();
		html.raw("<figure class=\"figure\">");
		html.raw("<img src=\"" + HtmlText.escape(figure.src()) + "\" alt=\"" + HtmlText.escape(figure.alt())
				+ "\" width=\"" + figure.width() + "\" height=\"" + figure.height()
				+ "\" loading=\"lazy\" decoding=\"async\">");
		html.raw(
				"<figcaption>" + HtmlText.escape(figure.caption()) + " " + FigureCredit.html(figure) + "</figcaption>");
		html.raw("</figure>");
		html.line();
	}

	private void renderCallout(CalloutNode node, NodeRendererContext context, HtmlWriter html) {
		CalloutKind kind = node.kind();
		html.line();
		html.raw("<div class=\"callout callout--" + kind.cssModifier() + "\">");
		html.line();
		CalloutHeading heading = node.heading();
		String label = heading.label().equals(heading.text()) ? ""
				: "<span class=\"visually-hidden\">" + HtmlText.escape(heading.label()) + ": </span>";
		html.raw("<p class=\"callout__heading\">" + label + HtmlText.escape(heading.text()) + "</p>");
		html.line();
		context.renderChildren(node);
		html.line();
		html.raw("</div>");
		html.line();
	}

	private void renderHeading(Heading node, NodeRendererContext context, HtmlWriter html) {
		String tag = "h" + node.getLevel();
		String id = node.getAnchorRefId();
		html.line();
		if (id == null || id.isEmpty()) {
			html.raw("<" + tag + ">");
			context.renderChildren(node);
			html.raw("</" + tag + ">");
		}
		else {
			String escapedId = HtmlText.escape(id);
			html.raw("<" + tag + " id=\"" + escapedId + "\">");
			context.renderChildren(node);
			html.raw(" <a class=\"heading-anchor\" href=\"#" + escapedId + "\">"
					+ "<span aria-hidden=\"true\">#</span><span class=\"visually-hidden\">Link to this section</span></a>");
			html.raw("</" + tag + ">");
		}
		html.line();
	}

}
