package org.crampguide.web;

import java.util.List;

import org.crampguide.content.Article;
import org.crampguide.content.Section;

/**
 * A section as the home page shows it: a chosen few of its articles, in section order,
 * and how many it has in all.
 *
 * @param section the section
 * @param articles the first articles of the section
 * @param total how many published articles the section has
 */
public record SectionView(Section section, List<Article> articles, int total) {

	/** Whether the section has more articles than the card lists. */
	public boolean hasMore() {
		return this.total > this.articles.size();
	}

}
