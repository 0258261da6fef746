package org.crampguide.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.util.BytesRef;

/**
 * One pass over the matches that both counts them per section (for the filter) and keeps
 * the best ones of the chosen section, instead of running the query once per section.
 */
final class SectionCountingCollector implements Collector {

	private final TopScoreDocCollector top;

	private final BytesRef chosen;

	private final List<SortedDocValues> leafSections = new ArrayList<>();

	private final List<long[]> leafCounts = new ArrayList<>();

	private long total;

	/**
	 * @param hits how many of the best matches to keep
	 * @param section the section to keep them from, or {@code null} for all
	 */
	SectionCountingCollector(int hits, String section) {
		this.top = TopScoreDocCollector.create(hits, Integer.MAX_VALUE);
		this.chosen = (section != null) ? new BytesRef(section) : null;
	}

	@Override
	public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
		SortedDocValues sections = DocValues.getSorted(context.reader(), SearchFields.SECTION);
		int chosenOrd = (this.chosen != null) ? sections.lookupTerm(this.chosen) : -1;
		long[] counts = new long[Math.max(sections.getValueCount(), 1)];
		this.leafSections.add(sections);
		this.leafCounts.add(counts);
		LeafCollector best = this.top.getLeafCollector(context);
		return new LeafCollector() {

			@Override
			public void setScorer(Scorable scorer) throws IOException {
				best.setScorer(scorer);
			}

			@Override
			public void collect(int doc) throws IOException {
				if (!sections.advanceExact(doc)) {
					return;
				}
				int ord = sections.ordValue();
				counts[ord]++;
				if (SectionCountingCollector.this.chosen == null || ord == chosenOrd) {
					SectionCountingCollector.this.total++;
					best.collect(doc);
				}
			}

		};
	}

	@Override
	public ScoreMode scoreMode() {
		return ScoreMode.COMPLETE;
	}

	TopDocs topDocs(int start) {
		return this.top.topDocs(start);
	}

	/** Matches in the chosen section (or all). */
	long total() {
		return this.total;
	}

	/** Matches per section id, whatever section was chosen. */
	Map<String, Long> counts() throws IOException {
		Map<String, Long> counts = new HashMap<>();
		for (int leaf = 0; leaf < this.leafSections.size(); leaf++) {
			long[] perOrd = this.leafCounts.get(leaf);
			for (int ord = 0; ord < this.leafSections.get(leaf).getValueCount(); ord++) {
				if (perOrd[ord] > 0) {
					counts.merge(this.leafSections.get(leaf).lookupOrd(ord).utf8ToString(), perOrd[ord], Long::sum);
				}
			}
		}
		return counts;
	}

}
