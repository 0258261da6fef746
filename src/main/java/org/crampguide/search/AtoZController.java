package org.crampguide.search;

import org.crampguide.seo.PageMetadataFactory;
import org.crampguide.web.LayoutModel;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /a-z}: every article and lay term by letter. The model comes from
 * {@link AtoZPage}, which needs no request.
 */
@Controller
class AtoZController {

	private final SearchIndexes indexes;

	private final PageMetadataFactory metadata;

	AtoZController(SearchIndexes indexes, PageMetadataFactory metadata) {
		this.indexes = indexes;
		this.metadata = metadata;
	}

	@GetMapping("/a-z")
	String atoZ(Model model) {
		// Only if the first index is not ready after a long wait: the site's "try again"
		// page, not a failure.
		SearchIndex index = this.indexes.index()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE));
		LayoutModel.apply(model, index.snapshot(), this.metadata.listing(index.snapshot(), "A to Z of cramps",
				"Every article and every everyday word for cramps, from A to Z.", "/a-z"), null);
		model.addAttribute("letters", index.atoZ());
		return "a-z";
	}

}
