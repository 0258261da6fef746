package org.crampguide.markdown.figure;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * Figures: an image alone in its paragraph, followed by {@code {credit="..."
 * license="..." source="..."}}, becomes a lazy-loading figure with its caption and
 * credit. Images anywhere else are refused, so no picture goes out uncredited.
 */
public final class FigureExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

	@Override
	public void parserOptions(MutableDataHolder options) {
	}

	@Override
	public void extend(Parser.Builder builder) {
		builder.postProcessorFactory(new FigurePostProcessor.Factory());
	}

	@Override
	public void rendererOptions(MutableDataHolder options) {
	}

	@Override
	public void extend(HtmlRenderer.Builder builder, String rendererType) {
		builder.nodeRendererFactory((options) -> new FigureNodeRenderer());
	}

}
