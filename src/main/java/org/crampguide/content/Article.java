package org.crampguide.content;

import org.crampguide.markdown.Figure;
import org.crampguide.markdown.RenderedBody;
import java.time.LocalDate;
import java.util.List;

/**
 * A validated, rendered article.
 *
 * @param section the section id (the folder it lives in)
 * @param slug the URL slug
 * @param file the content file it came from
 * @param title the page's h1
 * @param summary one or two sentences for cards and previews
 * @param tags lowercase tags
 * @param image the lead figure
 * @param published first publication date
 * @param reviewed date of the last editorial review
 * @param nextReview when the next review is due
 * @param related slugs the editors want first in the sidebar
 * @param aliases old paths that redirect here
 * @param sources the cited sources
 * @param draft whether the article is hidden from readers
 * @param order its place in a section that lists articles by number ({@code order} in
 * front matter), or {@code null}
 * @param body the rendered body
 */
public record Article(String section, String slug, String file, String title, String summary, List<String> tags,
		Figure image, LocalDate published, LocalDate reviewed, LocalDate nextReview, List<String> related,
		List<String> aliases, List<Citation> sources, boolean draft, Integer order, RenderedBody body) {

	/** The canonical site path, e.g. {@code /causes/heat-cramps}. */
	public String path() {
		return "/" + this.section + "/" + this.slug;
	}

}
