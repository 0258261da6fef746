package org.crampguide.content;

import java.util.List;

import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The lay synonyms of {@code content/search/synonyms.txt}, in Solr's synonym format, as
 * validated when content loads.
 *
 * @param lines the terms of each rule, in file order, for the A-Z page
 * @param map the parsed rules, analysed with {@link SynonymAnalyzer}; {@code null} when
 * there are none
 */
public record SearchSynonyms(List<Line> lines, SynonymMap map) {

	/** No synonyms: a content tree without {@code search/synonyms.txt}. */
	public static final SearchSynonyms NONE = new SearchSynonyms(List.of(), null);

	/** Every term of every rule, in file order, each once. */
	public List<String> terms() {
		return this.lines.stream().flatMap((line) -> line.terms().stream()).distinct().toList();
	}

	/**
	 * One rule.
	 *
	 * @param number its 1-based line number in the file
	 * @param terms its terms as written, e.g. {@code charley horse}, {@code leg cramp}
	 */
	public record Line(int number, List<String> terms) {
	}

}
