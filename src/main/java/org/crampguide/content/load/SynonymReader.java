package org.crampguide.content.load;

import java.io.IOException;
import java.io.StringReader;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.crampguide.content.ContentError;
import org.crampguide.content.ContentSnapshot;
import org.crampguide.content.SearchSynonyms;
import org.crampguide.content.SynonymAnalyzer;

/**
 * Reads {@code content/search/synonyms.txt} with Lucene's own Solr-format parser, one
 * line at a time first, so an error names its line; a broken file keeps the last good
 * version.
 */
final class SynonymReader {

	static final String FILE = "search/synonyms.txt";

	private SynonymReader() {
	}

	static SearchSynonyms readOrKeep(Map<String, byte[]> files, ContentSnapshot previous, List<ContentError> errors) {
		byte[] bytes = files.get(FILE);
		if (bytes == null) {
			return SearchSynonyms.NONE;
		}
		SearchSynonyms synonyms = read(new SourceFile(FILE, bytes), errors);
		if (synonyms == null) {
			return (previous != null) ? previous.synonyms() : SearchSynonyms.NONE;
		}
		return synonyms;
	}

	/** The synonyms, or {@code null} after recording errors. */
	static SearchSynonyms read(SourceFile file, List<ContentError> errors) {
		String text = file.checkedText(errors);
		if (text == null) {
			return null;
		}
		int before = errors.size();
		List<SearchSynonyms.Line> lines = new ArrayList<>();
		String[] rows = text.split("\r?\n", -1);
		for (int i = 0; i < rows.length; i++) {
			String row = rows[i].strip();
			if (row.isEmpty() || row.startsWith("#")) {
				continue;
			}
			String problem = problem(row);
			if (problem != null) {
				errors.add(new ContentError(file.displayPath(), i + 1, "synonyms", problem));
			}
			else {
				lines.add(new SearchSynonyms.Line(i + 1, terms(row)));
			}
		}
		if (errors.size() != before) {
			return null;
		}
		try {
			SolrSynonymParser parser = parser();
			parser.parse(new StringReader(text));
			return new SearchSynonyms(List.copyOf(lines), lines.isEmpty() ? null : parser.build());
		}
		catch (IOException | ParseException | IllegalArgumentException ex) {
			errors.add(new ContentError(file.displayPath(), 1, "synonyms", "cannot be read: " + ex.getMessage()));
			return null;
		}
	}

	/** What is wrong with one rule, in a writer's words, or {@code null}. */
	private static String problem(String row) {
		if (terms(row).size() < 2) {
			return "a rule needs two or more terms, e.g. charley horse, leg cramp (or a => b)";
		}
		if (terms(row).stream().anyMatch(String::isEmpty)) {
			return "has an empty term; check for a doubled or trailing comma";
		}
		try {
			parser().parse(new StringReader(row));
			return null;
		}
		catch (ParseException | IOException | IllegalArgumentException ex) {
			Throwable cause = (ex.getCause() != null) ? ex.getCause() : ex;
			return "is not a valid rule (" + cause.getMessage() + "); write terms separated by commas, or a => b";
		}
	}

	/** The terms of a rule as written, both sides of {@code =>} included. */
	static List<String> terms(String row) {
		return Arrays.stream(row.split("=>|(?<!\\\\),", -1)).map((term) -> term.replace("\\,", ",").strip()).toList();
	}

	private static SolrSynonymParser parser() {
		// dedup: a term written twice is harmless; expand: "a, b" maps both ways.
		return new SolrSynonymParser(true, true, new SynonymAnalyzer());
	}

}
