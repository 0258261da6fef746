package org.crampguide.markdown.callout;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * GitHub-style callouts: a blockquote whose first line is {@code [!KIND]} becomes a
 * callout with the heading the site gives that kind. No Flexmark extension reads this
 * syntax (its admonitions use {@code !!!}), so it is written here.
 */
public final class CalloutExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

	@Override
	public void parserOptions(MutableDataHolder options) {
	}

	@Override
	public void extend(Parser.Builder builder) {
		builder.postProcessorFactory(new CalloutPostProcessor.Factory());
	}

	@Override
	public void rendererOptions(MutableDataHolder options) {
	}

	@Override
	public void extend(HtmlRenderer.Builder builder, String rendererType) {
		builder.nodeRendererFactory((options) -> new CalloutNodeRenderer());
	}

}
