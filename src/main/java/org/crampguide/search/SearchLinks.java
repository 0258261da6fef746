package org.crampguide.search;

import java.util.ArrayList;
import java.util.List;

import org.crampguide.content.Section;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The links of a results page (section filter, page numbers, "Did you mean"), built and
 * encoded here so the template only writes them.
 */
final class SearchLinks {

	/** Page links shown either side of the current page. */
	private static final int PAGE_WINDOW = 3;

	private SearchLinks() {
	}

	static String href(String text, String section, int page) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/search").queryParam("q", text);
		if (section != null) {
			uri.queryParam("section", section);
		}
		if (page > 1) {
			uri.queryParam("page", page);
		}
		return uri.encode().build().toUriString();
	}

	/** "All sections" first, then each section that has results (and the chosen one). */
	static List<Link> sections(String text, Section chosen, List<SectionCount> counts) {
		List<Link> links = new ArrayList<>();
		long all = counts.stream().mapToLong(SectionCount::count).sum();
		links.add(new Link("All sections", all, href(text, null, 1), chosen == null));
		for (SectionCount count : counts) {
			boolean current = chosen != null && chosen.id().equals(count.section().id());
			if (count.count() > 0 || current) {
				links.add(
						new Link(count.section().title(), count.count(), href(text, count.section().id(), 1), current));
			}
		}
		return links;
	}

	static List<Link> pages(String text, Section chosen, SearchResults results) {
		List<Link> links = new ArrayList<>();
		int from = Math.max(1, results.page() - PAGE_WINDOW);
		int to = Math.min(results.pages(), results.page() + PAGE_WINDOW);
		for (int page = from; page <= to; page++) {
			links.add(new Link(String.valueOf(page), page, href(text, (chosen != null) ? chosen.id() : null, page),
					page == results.page()));
		}
		return links;
	}

	/**
	 * A link of a results page.
	 *
	 * @param label what it says
	 * @param count a number it carries (results in a section, or a page number)
	 * @param href where it goes, encoded
	 * @param current whether it is the page being shown
	 */
	record Link(String label, long count, String href, boolean current) {
	}

}
