package org.crampguide.markdown;

import java.util.Map;

/**
 * What a body is rendered against: the images that exist and the callout headings of the
 * site.
 *
 * @param images the images that exist, for figure sizes
 * @param callouts the heading of each callout kind
 */
public record RenderContext(ImageCatalog images, Map<CalloutKind, CalloutHeading> callouts) {

	public RenderContext {
		callouts = Map.copyOf(callouts);
	}

	CalloutHeading heading(CalloutKind kind) {
		return this.callouts.get(kind);
	}

}
