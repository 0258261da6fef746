package org.crampguide.markdown;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A Markdown body, parsed and checked when content loads. Its HTML is written when a page
 * that shows it is rendered, not at load: writing HTML was half of the Markdown work of a
 * load, and a page is rendered once per snapshot (then served from the page store), so a
 * 10,000-article site no longer writes 10,000 bodies before it can answer.
 */
public final class RenderedBody {

	private final Supplier<String> html;

	private final List<TocEntry> headings;

	private final Set<String> internalLinks;

	private final Set<String> images;

	private final String text;

	private final List<CalloutKind> callouts;

	/**
	 * @param html writes the safe HTML of the body, on each call of {@link #html()}
	 * @param headings the {@code ##} and {@code ###} headings in order
	 * @param internalLinks site-relative link targets, without fragments
	 * @param images content-relative image paths used in the body ({@code images/x.svg})
	 * @param text the body's plain text, for word counts and text similarity
	 * @param callouts the kind of each callout, in order
	 */
	RenderedBody(Supplier<String> html, List<TocEntry> headings, Set<String> internalLinks, Set<String> images,
			String text, List<CalloutKind> callouts) {
		this.html = html;
		this.headings = headings;
		this.internalLinks = internalLinks;
		this.images = images;
		this.text = text;
		this.callouts = callouts;
	}

	/** A body whose HTML is already written. */
	public RenderedBody(String html, List<TocEntry> headings, Set<String> internalLinks, Set<String> images,
			String text, List<CalloutKind> callouts) {
		this(() -> html, headings, internalLinks, images, text, callouts);
	}

	/**
	 * The safe HTML of the body. Written on each call, not kept: the page store keeps the
	 * page it goes into, weighed in bytes, and nothing else reads it.
	 */
	public String html() {
		return this.html.get();
	}

	public List<TocEntry> headings() {
		return this.headings;
	}

	public Set<String> internalLinks() {
		return this.internalLinks;
	}

	public Set<String> images() {
		return this.images;
	}

	public String text() {
		return this.text;
	}

	public List<CalloutKind> callouts() {
		return this.callouts;
	}

	public List<TocEntry> sectionHeadings() {
		return this.headings.stream().filter((heading) -> heading.level() == 2).toList();
	}

}
