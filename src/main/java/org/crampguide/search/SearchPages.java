package org.crampguide.search;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.crampguide.content.ContentSnapshot;
import org.crampguide.pages.PageBody;
import org.crampguide.pages.PageSource;
import org.crampguide.seo.PageMetadataFactory;
import org.crampguide.site.SiteAddress;
import org.crampguide.web.LayoutModel;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The search feature's stored pages: {@code /a-z} (every article and lay term by letter)
 * and {@code /opensearch.xml}. Results pages depend on the query, so they stay with
 * {@link SearchController}.
 */
@Component
@Order(5)
class SearchPages implements PageSource {

	private final SearchIndexes indexes;

	private final PageMetadataFactory metadata;

	private final ITemplateEngine templates;

	private final SiteAddress address;

	SearchPages(SearchIndexes indexes, PageMetadataFactory metadata, ITemplateEngine templates, SiteAddress address) {
		this.indexes = indexes;
		this.metadata = metadata;
		this.templates = templates;
		this.address = address;
	}

	@Override
	public Optional<PageBody> render(ContentSnapshot snapshot, String path) {
		return switch (path) {
			case "/a-z" -> Optional.of(atoZ(snapshot));
			case "/opensearch.xml" -> Optional.of(PageBody.text(OpenSearchDescription.of(snapshot, this.address),
					"application/opensearchdescription+xml;charset=UTF-8"));
			default -> Optional.empty();
		};
	}

	@Override
	public Stream<String> paths(ContentSnapshot snapshot) {
		return Stream.of("/a-z", "/opensearch.xml");
	}

	private PageBody atoZ(ContentSnapshot snapshot) {
		// The page must match the snapshot it is stored for; during a reload this shares
		// the index build the reload itself waits for.
		SearchIndex index = this.indexes.indexOf(snapshot);
		Map<String, Object> model = new HashMap<>();
		LayoutModel.apply(model, snapshot, this.metadata.listing(snapshot, "A to Z of cramps",
				"Every article and every everyday word for cramps, from A to Z.", "/a-z"), null);
		model.put("letters", index.atoZ());
		return PageBody.html(this.templates.process("a-z", new Context(Locale.ENGLISH, model)));
	}

}
