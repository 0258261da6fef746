package org.crampguide.content;

import java.util.List;

/**
 * What one load of the content tree produced.
 *
 * @param snapshot the site to serve: every valid file, plus the last good version of any
 * file that broke
 * @param errors every problem found, empty when the content is clean
 */
public record LoadResult(ContentSnapshot snapshot, List<ContentError> errors) {

}
