package org.crampguide.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.crampguide.content.Article;
import org.crampguide.content.ContentSnapshot;
import org.crampguide.content.Section;

/**
 * One page of a section's card grid: {@value #PAGE_SIZE} articles in the section's order,
 * the first at {@code /<section>}, the rest at {@code /<section>/page/<n>}. Built from a
 * snapshot and plain values only, so a page can be rendered without a request.
 *
 * @param section the section
 * @param articles the articles on this page
 * @param page this page's number, from 1
 * @param pageCount how many pages the section has (at least 1)
 */
public record SectionListing(Section section, List<Article> articles, int page, int pageCount) {

	/** Cards on one page: a multiple of 2 and 3, so a full page fills every grid row. */
	public static final int PAGE_SIZE = 24;

	/** Page {@code page} of {@code sectionId}, or empty when either does not exist. */
	public static Optional<SectionListing> of(ContentSnapshot snapshot, String sectionId, int page) {
		Section section = snapshot.site().section(sectionId);
		if (section == null) {
			return Optional.empty();
		}
		List<Article> all = snapshot.publishedIn(sectionId);
		int pageCount = Math.max(1, (all.size() + PAGE_SIZE - 1) / PAGE_SIZE);
		if (page < 1 || page > pageCount) {
			return Optional.empty();
		}
		int from = (page - 1) * PAGE_SIZE;
		List<Article> articles = all.subList(from, Math.min(all.size(), from + PAGE_SIZE));
		return Optional.of(new SectionListing(section, List.copyOf(articles), page, pageCount));
	}

	/** The site path of page {@code number}: the section itself for page 1. */
	public String pagePath(int number) {
		return (number == 1) ? this.section.path() : this.section.path() + "/page/" + number;
	}

	public String path() {
		return pagePath(this.page);
	}

	/** The previous page's path, or {@code null} on the first page. */
	public String previousPath() {
		return (this.page > 1) ? pagePath(this.page - 1) : null;
	}

	/** The next page's path, or {@code null} on the last page. */
	public String nextPath() {
		return (this.page < this.pageCount) ? pagePath(this.page + 1) : null;
	}

	/**
	 * The page numbers the pagination shows: the first, the last and two either side of
	 * this one, with a gap ({@code null}) where numbers are left out, so a section of
	 * thousands of articles still has a short list.
	 */
	public List<PageLink> pageLinks() {
		List<PageLink> links = new ArrayList<>();
		for (int number = 1; number <= this.pageCount; number++) {
			boolean shown = number == 1 || number == this.pageCount || Math.abs(number - this.page) <= 2;
			if (shown) {
				links.add(new PageLink(number, pagePath(number), number == this.page));
			}
			else if (!links.isEmpty() && links.get(links.size() - 1) != null) {
				links.add(null);
			}
		}
		return links;
	}

	/**
	 * A numbered link in the pagination.
	 *
	 * @param number the page number
	 * @param path its site path
	 * @param current whether it is the page shown
	 */
	public record PageLink(int number, String path, boolean current) {
	}

}
