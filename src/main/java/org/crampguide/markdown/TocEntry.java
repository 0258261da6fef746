package org.crampguide.markdown;

/**
 * A {@code ##} or {@code ###} heading of a body, with its stable id.
 *
 * @param level 2 or 3
 * @param id the fragment id, unique within the page
 * @param text the heading's text
 */
public record TocEntry(int level, String id, String text) {

}
