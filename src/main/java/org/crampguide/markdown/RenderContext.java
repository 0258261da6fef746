package org.crampguide.markdown;

import java.util.Map;

import com.vladsch.flexmark.util.data.NullableDataKey;

/**
 * What a body is rendered against: the images that exist and the callout headings of the
 * site.
 *
 * @param images the images that exist, for figure sizes
 * @param callouts the heading of each callout kind
 */
public record RenderContext(ImageCatalog images, Map<CalloutKind, CalloutHeading> callouts) {

	/**
	 * Where the extensions find the context of the body they are working on: in the
	 * options of the parser built for that context (one per load), which every Document
	 * inherits.
	 */
	public static final NullableDataKey<RenderContext> KEY = new NullableDataKey<>("CRAMP_GUIDE_RENDER_CONTEXT");

	public RenderContext {
		callouts = Map.copyOf(callouts);
	}

	/** The heading that callouts of {@code kind} open with. */
	public CalloutHeading heading(CalloutKind kind) {
		return this.callouts.get(kind);
	}

}
