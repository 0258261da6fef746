package org.crampguide.search;

/**
 * A title offered as the reader types, as {@code /search/suggest} writes it in JSON.
 *
 * @param title the article's title
 * @param url its site path
 * @param section its section's title
 */
public record Suggestion(String title, String url, String section) {

}
