package org.crampguide.related;

/**
 * One card of the related-articles sidebar.
 *
 * @param path the canonical URL path
 * @param title the article's title
 * @param sectionTitle the title of its section
 * @param summary the article's summary
 */
public record RelatedEntry(String path, String title, String sectionTitle, String summary) {

}
