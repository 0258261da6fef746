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

/**
 * Counts the matches per section in one pass without scoring them, for the filter by
 * section, instead of running the query once per section.
 */
final class SectionCountingCollector implements Collector {

	private final List<SortedDocValues> leafSections = new ArrayList<>();

	private final List<long[]> leafCounts = new ArrayList<>();

	@Override
	public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
		SortedDocValues sections = DocValues.getSorted(context.reader(), SearchFields.SECTION);
		long[] counts = new long[Math.max(sections.getValueCount(), 1)];
		this.leafSections.add(sections);
		this.leafCounts.add(counts);
		return new LeafCollector() {

			@Override
			public void setScorer(Scorable scorer) {
				// Counting only: no scores needed.
			}

			@Override
			public void collect(int doc) throws IOException {
				if (sections.advanceExact(doc)) {
					counts[sections.ordValue()]++;
				}
			}

		};
	}

	@Override
	public ScoreMode scoreMode() {
		return ScoreMode.COMPLETE_NO_SCORES;
	}

	/** Matches per section id. */
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
