package org.crampguide.share;

import org.crampguide.content.Article;

/**
 * The stable URLs of link preview images. They must never change: chat apps and social
 * sites keep them.
 */
public final class ShareImagePaths {

	/** The preview image of the home, section and other pages. */
	public static final String SITE = "/share/site.png";

	private ShareImagePaths() {
	}

	public static String forArticle(Article article) {
		return "/share" + article.path() + ".png";
	}

}
