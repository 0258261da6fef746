package org.crampguide.markdown.callout;

import java.util.Set;

import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import org.crampguide.markdown.CalloutHeading;
import org.unbescape.html.HtmlEscape;

/**
 * Renders a callout as a box with its heading. The care level is read out to screen
 * readers only when the visible heading does not already say it.
 */
final class CalloutNodeRenderer implements NodeRenderer {

	@Override
	public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
		return Set.of(new NodeRenderingHandler<>(CalloutNode.class, this::render));
	}

	private void render(CalloutNode callout, NodeRendererContext context, HtmlWriter html) {
		html.line();
		html.attr("class", "callout").attr("class", "callout--" + callout.kind().cssModifier()).withAttr().tag("div");
		html.line();
		CalloutHeading heading = callout.heading();
		html.attr("class", "callout__heading").withAttr().tag("p");
		if (!heading.label().equals(heading.text())) {
			html.attr("class", "visually-hidden").withAttr().tag("span");
			html.raw(HtmlEscape.escapeHtml4Xml(heading.label())).text(": ").closeTag("span");
		}
		// Escaped as Thymeleaf escapes, apostrophes included, as the site's other
		// HTML is; HtmlWriter.text() would leave them as they are.
		html.raw(HtmlEscape.escapeHtml4Xml(heading.text())).closeTag("p");
		html.line();
		context.renderChildren(callout);
		html.line();
		html.closeTag("div");
		html.line();
	}

}
