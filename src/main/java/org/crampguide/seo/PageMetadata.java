package org.crampguide.seo;

import java.util.List;

/**
 * Everything the page head says about a page: title, description, canonical URL and link
 * preview.
 *
 * @param title the document title
 * @param headline the page's own title, without the site name, for link previews
 * @param description the meta description and preview text
 * @param canonicalUrl the absolute canonical URL
 * @param type the Open Graph type: {@code website} or {@code article}
 * @param image the preview image
 * @param article article dates, section and tags; {@code null} for other pages
 * @param jsonLd structured data, already escaped for a script element; may be
 * {@code null}
 */
public record PageMetadata(String title, String headline, String description, String canonicalUrl, String type,
		PreviewImage image, ArticleFacts article, String jsonLd) {

	/**
	 * A link preview image.
	 *
	 * @param url its absolute URL
	 * @param width width in pixels
	 * @param height height in pixels
	 * @param alt what it shows
	 */
	public record PreviewImage(String url, int width, int height, String alt) {
	}

	/**
	 * Open Graph article facts.
	 *
	 * @param publishedTime ISO date of first publication
	 * @param modifiedTime ISO date of the last review
	 * @param section the section title
	 * @param tags the article's tags
	 */
	public record ArticleFacts(String publishedTime, String modifiedTime, String section, List<String> tags) {
	}

}
