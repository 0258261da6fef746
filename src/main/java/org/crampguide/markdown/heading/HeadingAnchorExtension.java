package org.crampguide.markdown.heading;

import java.util.ArrayList;
import java.util.List;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import org.crampguide.markdown.TocEntry;

/**
 * Gives {@code ##} and {@code ###} headings stable ids and a link to themselves, and
 * rejects {@code #}, since the title is the page's only h1. Flexmark's own header ids are
 * off: shared links depend on {@link HeadingIds} never changing.
 */
public final class HeadingAnchorExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

	static final DataKey<List<TocEntry>> TABLE_OF_CONTENTS = new DataKey<>("CRAMP_GUIDE_TOC", ArrayList::new);

	/** The headings that got an id, in order, as the post-processor found them. */
	public static List<TocEntry> tableOfContents(Document document) {
		return List.copyOf(TABLE_OF_CONTENTS.get(document));
	}

	@Override
	public void parserOptions(MutableDataHolder options) {
	}

	@Override
	public void extend(Parser.Builder builder) {
		builder.postProcessorFactory(new HeadingAnchorPostProcessor.Factory());
	}

	@Override
	public void rendererOptions(MutableDataHolder options) {
	}

	@Override
	public void extend(HtmlRenderer.Builder builder, String rendererType) {
		builder.nodeRendererFactory((options) -> new HeadingAnchorRenderer());
	}

}
