package org.crampguide.search;

import java.util.List;
import java.util.Optional;

import org.crampguide.content.ContentRepository;
import org.crampguide.content.ContentSnapshot;
import org.crampguide.content.Section;
import org.crampguide.seo.PageMetadataFactory;
import org.crampguide.web.LayoutModel;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * {@code /search}, rendered on the server so it works without JavaScript, and
 * {@code /search/suggest}, the titles the header box offers as the reader types. Query
 * text is never logged or kept.
 */
@Controller
class SearchController {

	private static final int SUGGESTIONS = 6;

	private final ContentRepository content;

	private final SearchIndexes indexes;

	private final PageMetadataFactory metadata;

	private final SearchMetrics metrics;

	SearchController(ContentRepository content, SearchIndexes indexes, PageMetadataFactory metadata,
			SearchMetrics metrics) {
		this.content = content;
		this.indexes = indexes;
		this.metadata = metadata;
		this.metrics = metrics;
	}

	@GetMapping("/search")
	String search(@RequestParam(name = "q", required = false) String q,
			@RequestParam(name = "section", required = false) String section,
			@RequestParam(name = "page", required = false) String page, Model model, HttpServletResponse response) {
		// Results are personal: no browser or shared cache keeps them.
		response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
		SearchQuery query = SearchQuery.of(q);
		Optional<SearchIndex> index = this.indexes.index();
		ContentSnapshot snapshot = index.map(SearchIndex::snapshot).orElseGet(this.content::snapshot);
		Section chosen = (section != null) ? snapshot.site().section(section) : null;
		LayoutModel.apply(model, snapshot,
				this.metadata.searchResults(snapshot, query.isEmpty() ? "Search" : "Search results"), null);
		model.addAttribute("query", query);
		model.addAttribute("searchText", query.text());
		model.addAttribute("section", chosen);
		model.addAttribute("ready", index.isPresent());
		if (index.isEmpty()) {
			model.addAttribute("results", SearchResults.none(List.of()));
			model.addAttribute("sectionLinks", List.of());
			model.addAttribute("pageLinks", List.of());
			return "search";
		}
		SearchResults results = query.isEmpty() ? SearchResults.none(List.of())
				: index.get().search(query.text(), (chosen != null) ? chosen.id() : null, pageNumber(page));
		if (!query.isEmpty()) {
			this.metrics.searched(results.total());
		}
		String sectionId = (chosen != null) ? chosen.id() : null;
		model.addAttribute("results", results);
		model.addAttribute("sectionLinks", SearchLinks.sections(query.text(), chosen, results.sections()));
		model.addAttribute("pageLinks", SearchLinks.pages(query.text(), chosen, results));
		model.addAttribute("previousHref",
				(results.page() > 1) ? SearchLinks.href(query.text(), sectionId, results.page() - 1) : null);
		model.addAttribute("nextHref", (results.page() < results.pages())
				? SearchLinks.href(query.text(), sectionId, results.page() + 1) : null);
		model.addAttribute("didYouMeanHref",
				(results.didYouMean() != null) ? SearchLinks.href(results.didYouMean(), null, 1) : null);
		return "search";
	}

	@GetMapping(path = "/search/suggest", produces = "application/json")
	@ResponseBody
	ResponseEntity<List<Suggestion>> suggest(@RequestParam(name = "q", required = false) String q) {
		SearchQuery query = SearchQuery.of(q);
		List<Suggestion> suggestions = query.isEmpty() ? List.of()
				: this.indexes.index().map((index) -> index.suggest(query.text(), SUGGESTIONS)).orElse(List.of());
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(suggestions);
	}

	/** The page asked for; anything that is not a small positive number is page 1. */
	private static int pageNumber(String page) {
		if (page == null || !page.matches("[1-9][0-9]{0,4}")) {
			return 1;
		}
		return Integer.parseInt(page);
	}

}
