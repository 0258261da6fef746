package org.crampguide.web;

import java.util.List;

import org.crampguide.content.Article;
import org.crampguide.content.Section;

/**
 * A section with the published articles in it, as the home and section pages list them.
 *
 * @param section the section
 * @param articles its published articles
 */
public record SectionView(Section section, List<Article> articles) {

}
