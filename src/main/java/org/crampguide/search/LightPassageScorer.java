package org.crampguide.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's passage score (BM25 over the passage, favouring passages near the start)
 * without its per-passage hash table: the default allocates a 32 KB block for every
 * candidate passage, which made it the costliest part of a snippet. A passage holds a
 * handful of matches, so finding a term's earlier occurrences by scanning is cheaper.
 */
final class LightPassageScorer extends PassageScorer {

	@Override
	public float score(Passage passage, int contentLength) {
		BytesRef[] terms = passage.getMatchTerms();
		int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
		int matches = passage.getNumMatches();
		double score = 0;
		for (int i = 0; i < matches; i++) {
			if (seenBefore(terms, i)) {
				continue;
			}
			int inPassage = 1;
			for (int j = i + 1; j < matches; j++) {
				if (terms[j].bytesEquals(terms[i])) {
					inPassage++;
				}
			}
			score += tf(inPassage, passage.getLength()) * weight(contentLength, freqsInDoc[i]);
		}
		return (float) (score * norm(passage.getStartOffset()));
	}

	private static boolean seenBefore(BytesRef[] terms, int index) {
		for (int i = 0; i < index; i++) {
			if (terms[i].bytesEquals(terms[index])) {
				return true;
			}
		}
		return false;
	}

}
