package org.crampguide.search;

import java.util.List;

/**
 * One page of results.
 *
 * @param total how many articles match (in the chosen section, if any)
 * @param hits the results on this page, best first
 * @param sections the results in each section, for the filter
 * @param page the page shown, from 1
 * @param pages how many pages there are
 * @param didYouMean a corrected query, or {@code null}
 * @param callouts care callouts for danger signs the query names, most urgent first
 */
public record SearchResults(long total, List<SearchHit> hits, List<SectionCount> sections, int page, int pages,
		String didYouMean, List<CareCallout> callouts) {

	/** Results for a query with no searchable words. */
	static SearchResults none(List<SectionCount> sections) {
		return new SearchResults(0, List.of(), sections, 1, 1, null, List.of());
	}

}
