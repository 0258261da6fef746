package org.crampguide.markdown.heading;

import java.util.Set;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;

/**
 * Renders a heading with its id and a copyable link to itself, whose text a screen reader
 * announces instead of the bare {@code #}.
 */
final class HeadingAnchorRenderer implements NodeRenderer {

	@Override
	public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
		return Set.of(new NodeRenderingHandler<>(Heading.class, this::render));
	}

	private void render(Heading heading, NodeRendererContext context, HtmlWriter html) {
		String tag = "h" + heading.getLevel();
		String id = heading.getAnchorRefId();
		boolean anchored = id != null && !id.isEmpty();
		html.line();
		if (anchored) {
			html.attr("id", id);
		}
		html.withAttr().tag(tag);
		context.renderChildren(heading);
		if (anchored) {
			html.text(" ");
			html.attr("class", "heading-anchor").attr("href", "#" + id).withAttr().tag("a");
			html.attr("aria-hidden", "true").withAttr().tag("span").text("#").closeTag("span");
			html.attr("class", "visually-hidden").withAttr().tag("span").text("Link to this section").closeTag("span");
			html.closeTag("a");
		}
		html.closeTag(tag);
		html.line();
	}

}
