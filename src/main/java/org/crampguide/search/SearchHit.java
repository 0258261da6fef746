package org.crampguide.search;

import java.util.List;

import org.crampguide.content.Article;
import org.crampguide.content.Section;

/**
 * One result: the article, its section and a snippet of its body.
 *
 * @param article the article found
 * @param section its section
 * @param snippet the best passages, with matching words marked
 */
public record SearchHit(Article article, Section section, List<SnippetPart> snippet) {

}
