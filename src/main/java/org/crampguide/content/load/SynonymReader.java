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
 * Reads {@code content/search/synonyms.txt} with Lucene's own Solr-format parser; when
 * the file has an error, each rule is parsed alone, so the error names its line. A broken
 * file keeps the last good version.
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
		String[] rows = text.split("\r?\n", -1);
		List<SearchSynonyms.Line> lines = new ArrayList<>();
		boolean wellFormed = true;
		for (int i = 0; i < rows.length; i++) {
			String row = rows[i].strip();
			if (!row.isEmpty() && !row.startsWith("#")) {
				List<String> terms = terms(row);
				wellFormed &= shapeProblem(terms) == null;
				lines.add(new SearchSynonyms.Line(i + 1, terms));
			}
		}
		Exception failure = null;
		if (wellFormed) {
			try {
				SolrSynonymParser parser = parser();
				parser.parse(new StringReader(text));
				return new SearchSynonyms(List.copyOf(lines), lines.isEmpty() ? null : parser.build());
			}
			catch (IOException | ParseException | IllegalArgumentException ex) {
				failure = ex;
			}
		}
		// Only now, with something wrong, parse each rule alone to name its line
		// (a parser per rule cost more than the whole file).
		int before = errors.size();
		for (int i = 0; i < rows.length; i++) {
			String row = rows[i].strip();
			String problem = (row.isEmpty() || row.startsWith("#")) ? null : problem(row);
			if (problem != null) {
				errors.add(new ContentError(file.displayPath(), i + 1, "synonyms", problem));
			}
		}
		if (errors.size() == before) {
			errors.add(new ContentError(file.displayPath(), 1, "synonyms", "cannot be read: " + failure.getMessage()));
		}
		return null;
	}

	/** What is wrong with the terms of a rule (see {@link #terms}), or {@code null}. */
	private static String shapeProblem(List<String> terms) {
		if (terms.size() < 2) {
			return "a rule needs two or more terms, e.g. charley horse, leg cramp (or a => b)";
		}
		if (terms.stream().anyMatch(String::isEmpty)) {
			return "has an empty term; check for a doubled or trailing comma";
		}
		return null;
	}

	/** What is wrong with one rule, in a writer's words, or {@code null}. */
	private static String problem(String row) {
		String shape = shapeProblem(terms(row));
		if (shape != null) {
			return shape;
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
