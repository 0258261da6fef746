package org.crampguide.search;

import org.crampguide.content.Section;

/**
 * How many results one section holds, for the filter by section.
 *
 * @param section the section
 * @param count its results for the query
 */
public record SectionCount(Section section, long count) {

}
