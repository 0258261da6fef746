package org.crampguide.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.crampguide.content.Article;
import org.crampguide.content.CareSign;
import org.crampguide.content.ContentSnapshot;
import org.crampguide.markdown.CalloutKind;

/**
 * Finds the danger signs a query names, from the {@code terms} editors give each sign in
 * {@code content/care-signs.yml}: a sign matches when every word of one of its terms is
 * in the query (stemmed, in any order, lay synonyms included), so "dark urine after
 * exercise" finds the sign with the term "dark urine".
 */
final class CareSignMatcher {

	private final ContentSnapshot snapshot;

	private final Analyzer queries;

	private final Map<CareSign, List<Set<String>>> terms = new LinkedHashMap<>();

	CareSignMatcher(ContentSnapshot snapshot, Analyzer documents, Analyzer queries) {
		this.snapshot = snapshot;
		this.queries = queries;
		for (CareSign sign : snapshot.careSigns().all()) {
			List<Set<String>> words = sign.terms()
				.stream()
				.map((term) -> Set.copyOf(AnalyzedText.terms(documents, SearchFields.BODY, term)))
				.filter((set) -> !set.isEmpty())
				.toList();
			if (!words.isEmpty()) {
				this.terms.put(sign, words);
			}
		}
	}

	/** One callout per care level the query's signs have, most urgent first. */
	List<CareCallout> callouts(String text) {
		Set<String> query = new HashSet<>(AnalyzedText.terms(this.queries, SearchFields.BODY, text));
		List<CareCallout> callouts = new ArrayList<>();
		for (CareSign.Level level : CareSign.Level.values()) {
			List<String> signs = this.terms.entrySet()
				.stream()
				.filter((entry) -> entry.getKey().level() == level)
				.filter((entry) -> entry.getValue().stream().anyMatch(query::containsAll))
				.map((entry) -> entry.getKey().text())
				.toList();
			if (!signs.isEmpty()) {
				callouts.add(callout(level, signs));
			}
		}
		return callouts;
	}

	private CareCallout callout(CareSign.Level level, List<String> signs) {
		CalloutKind kind = CalloutKind.valueOf(level.name());
		String checklist = this.snapshot.careSigns().checklist();
		Article article = (checklist != null) ? this.snapshot.allArticles().get(checklist) : null;
		return new CareCallout(kind, this.snapshot.site().callouts().get(kind), signs,
				(article != null) ? checklist : null, (article != null) ? article.title() : null);
	}

}
