package org.crampguide.search;

import java.util.List;

import org.crampguide.markdown.CalloutHeading;
import org.crampguide.markdown.CalloutKind;

/**
 * A care callout shown above the results, in the same words and at the same level as in
 * the articles: the signs of {@code content/care-signs.yml} that the query names.
 *
 * @param kind the care level, as a callout kind
 * @param heading the heading from {@code site.yml}
 * @param signs the signs' registered wording
 * @param checklistPath the red-flags article
 * @param checklistTitle its title
 */
public record CareCallout(CalloutKind kind, CalloutHeading heading, List<String> signs, String checklistPath,
		String checklistTitle) {

}
