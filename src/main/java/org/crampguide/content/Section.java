package org.crampguide.content;

/**
 * One of the sections of the site, with the intro written in {@code site.yml}.
 *
 * @param id the folder and URL segment, e.g. {@code causes}
 * @param title the heading shown to readers
 * @param intro a short paragraph that opens the section page
 * @param order position in navigation, from 1
 * @param articleOrder how its articles are listed
 */
public record Section(String id, String title, String intro, int order, ArticleOrder articleOrder) {

	public String path() {
		return "/" + this.id;
	}

}
