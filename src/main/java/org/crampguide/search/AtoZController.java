package org.crampguide.search;

import org.crampguide.seo.PageMetadataFactory;
import org.crampguide.web.LayoutModel;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

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
		SearchIndex index = this.indexes.index()
			.orElseThrow(() -> new IllegalStateException("search index not ready in time"));
		LayoutModel.apply(model, index.snapshot(), this.metadata.listing(index.snapshot(), "A to Z of cramps",
				"Every article and every everyday word for cramps, from A to Z.", "/a-z"), null);
		model.addAttribute("letters", AtoZPage.of(index));
		return "a-z";
	}

}
