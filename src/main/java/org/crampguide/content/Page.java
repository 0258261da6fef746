package org.crampguide.content;

import org.crampguide.markdown.RenderedBody;
import java.time.LocalDate;

/**
 * A standalone page such as about or the disclaimer, served at {@code /<slug>}.
 *
 * @param slug the URL slug
 * @param file the content file it came from
 * @param title the page's h1
 * @param summary a sentence for the meta description
 * @param reviewed date of the last review, may be {@code null}
 * @param body the rendered body
 */
public record Page(String slug, String file, String title, String summary, LocalDate reviewed, RenderedBody body) {

	public String path() {
		return "/" + this.slug;
	}

}
