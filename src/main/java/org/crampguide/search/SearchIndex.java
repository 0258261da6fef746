package org.crampguide.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.crampguide.content.Article;
import org.crampguide.content.ContentSnapshot;
import org.crampguide.content.SynonymAnalyzer;

/**
 * The search index of one content snapshot, answering from that snapshot only, so a
 * result never points at an article of another version of the site. Immutable and safe
 * for concurrent searches.
 */
public final class SearchIndex {

	static final int PAGE_SIZE = 10;

	private final ContentSnapshot snapshot;

	private final IndexSearcher searcher;

	private final QueryFactory queries;

	private final SpellingCorrector spelling;

	private final Snippets snippets;

	private final CareSignMatcher careSigns;

	private final TitleSuggestions suggestions;

	private final IndexedArticles articles;

	/** Computed on first use; a race only computes the same list twice. */
	private volatile List<AtoZPage.Letter> atoZ;

	SearchIndex(ContentSnapshot snapshot, DirectoryReader reader) throws IOException {
		this.snapshot = snapshot;
		this.articles = new IndexedArticles(reader, snapshot);
		this.searcher = new IndexSearcher(reader);
		Analyzer documents = SearchAnalyzers.forDocuments();
		Analyzer queryAnalyzer = SearchAnalyzers.forQueries(snapshot.synonyms().map());
		QueryFactory.Vocabulary vocabulary = new QueryFactory.Vocabulary(reader, synonymWords(snapshot));
		this.queries = new QueryFactory(queryAnalyzer, documents, vocabulary);
		this.spelling = new SpellingCorrector(reader, vocabulary);
		this.snippets = new Snippets(this.searcher, documents, this.articles);
		this.careSigns = new CareSignMatcher(snapshot, documents, queryAnalyzer);
		this.suggestions = new TitleSuggestions(this.searcher, this.articles);
	}

	/** Builds the index of {@code snapshot}'s published articles. */
	public static SearchIndex of(ContentSnapshot snapshot) {
		return SearchIndexBuilder.build(snapshot);
	}

	public ContentSnapshot snapshot() {
		return this.snapshot;
	}

	/**
	 * Page {@code page} of the results for {@code text}, only in {@code section} when not
	 * {@code null}; a page past the last shows the last.
	 */
	public SearchResults search(String text, String section, int page) {
		QueryFactory.Queries queries = this.queries.queries(text);
		if (queries == null) {
			return SearchResults.none(List.of());
		}
		try {
			// Rewritten once for the count, the ranking and the snippets: expanding the
			// typo matches against the term dictionary is the costliest step of a search.
			Query match = this.searcher.rewrite(queries.match());
			SectionCountingCollector counter = new SectionCountingCollector();
			this.searcher.search(match, counter);
			Map<String, Long> perSection = counter.counts();
			List<SectionCount> counts = this.snapshot.site()
				.sections()
				.stream()
				.map((each) -> new SectionCount(each, perSection.getOrDefault(each.id(), 0L)))
				.toList();
			long total = (section != null) ? perSection.getOrDefault(section, 0L)
					: perSection.values().stream().mapToLong(Long::longValue).sum();
			int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
			int shown = Math.min(Math.max(page, 1), pages);
			Query ranked = (section != null) ? inSection(queries.ranked(match), section) : queries.ranked(match);
			ScoreDoc[] best = this.searcher.search(ranked, shown * PAGE_SIZE).scoreDocs;
			ScoreDoc[] onPage = Arrays.copyOfRange(best, Math.min((shown - 1) * PAGE_SIZE, best.length), best.length);
			return new SearchResults(total, hits(match, onPage), counts, shown, pages, this.spelling.correct(text),
					this.careSigns.callouts(text));
		}
		catch (IndexSearcher.TooManyClauses ex) {
			// A pathological query (hundreds of synonyms or typos) finds nothing rather
			// than failing.
			return SearchResults.none(List.of());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Up to {@code limit} titles for what the reader has typed so far. */
	public List<Suggestion> suggest(String text, int limit) {
		List<Suggestion> found = new ArrayList<>();
		this.suggestions.titles(text, limit).forEach((article) -> add(found, article));
		if (found.size() < limit && this.queries.query(text) != null) {
			for (SearchHit hit : search(text, null, 1).hits()) {
				if (found.size() < limit && found.stream().noneMatch((s) -> s.url().equals(hit.article().path()))) {
					add(found, hit.article());
				}
			}
		}
		return found;
	}

	/** The article that best answers {@code text}, if any does. */
	public Optional<Article> bestMatch(String text) {
		Query query = this.queries.query(text);
		if (query == null) {
			return Optional.empty();
		}
		try {
			ScoreDoc[] best = this.searcher.search(query, 1).scoreDocs;
			return (best.length == 0) ? Optional.empty() : this.articles.article(best[0].doc);
		}
		catch (IndexSearcher.TooManyClauses ex) {
			return Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The A-Z page of this snapshot, worked out once: it searches for every lay term. */
	public List<AtoZPage.Letter> atoZ() {
		List<AtoZPage.Letter> letters = this.atoZ;
		if (letters == null) {
			letters = AtoZPage.of(this);
			this.atoZ = letters;
		}
		return letters;
	}

	/** The danger-sign callouts for {@code text} alone, most urgent first. */
	public List<CareCallout> callouts(String text) {
		return this.careSigns.callouts(text);
	}

	private List<SearchHit> hits(Query query, ScoreDoc[] docs) throws IOException {
		int[] ids = Arrays.stream(docs).mapToInt((doc) -> doc.doc).toArray();
		List<List<SnippetPart>> snippets = this.snippets.of(query, ids);
		List<SearchHit> hits = new ArrayList<>();
		for (int i = 0; i < ids.length; i++) {
			List<SnippetPart> snippet = snippets.get(i);
			this.articles.article(ids[i])
				.ifPresent((article) -> hits
					.add(new SearchHit(article, this.snapshot.site().section(article.section()), snippet)));
		}
		return hits;
	}

	private void add(List<Suggestion> found, Article article) {
		found.add(new Suggestion(article.title(), article.path(),
				this.snapshot.site().section(article.section()).title()));
	}

	private static Query inSection(Query query, String section) {
		return new BooleanQuery.Builder().add(query, Occur.MUST)
			.add(new TermQuery(new Term(SearchFields.SECTION, section)), Occur.FILTER)
			.build();
	}

	private static Set<String> synonymWords(ContentSnapshot snapshot) {
		Set<String> words = new HashSet<>();
		SynonymAnalyzer analyzer = new SynonymAnalyzer();
		snapshot.synonyms().terms().forEach((term) -> words.addAll(AnalyzedText.terms(analyzer, "", term)));
		return Set.copyOf(words);
	}

}
