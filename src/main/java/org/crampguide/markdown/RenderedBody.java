package org.crampguide.markdown;

import java.util.List;
import java.util.Set;

/**
 * A Markdown body rendered once at load time.
 *
 * @param html the safe HTML of the body
 * @param headings the {@code ##} and {@code ###} headings in order
 * @param internalLinks site-relative link targets, without fragments
 * @param images content-relative image paths used in the body ({@code images/x.svg})
 * @param text the body's plain text, for word counts and text similarity
 * @param callouts the kind of each callout, in order
 */
public record RenderedBody(String html, List<TocEntry> headings, Set<String> internalLinks, Set<String> images,
		String text, List<CalloutKind> callouts) {

	public List<TocEntry> sectionHeadings() {
		return this.headings.stream().filter((heading) -> heading.level() == 2).toList();
	}

}
