package org.crampguide.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.crampguide.content.Article;
import org.crampguide.content.ContentSnapshot;
import org.crampguide.pages.PageBody;
import org.crampguide.pages.PageSource;
import org.crampguide.seo.PageMetadataFactory;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The site's HTML pages, rendered through the templates from a snapshot alone; and, for
 * the static export, a {@code 404.html} without suggestions.
 */
@Component
@Order(1)
class HtmlPages implements PageSource {

	private final SiteViews views;

	private final ITemplateEngine templates;

	private final PageMetadataFactory metadata;

	HtmlPages(SiteViews views, ITemplateEngine templates, PageMetadataFactory metadata) {
		this.views = views;
		this.templates = templates;
		this.metadata = metadata;
	}

	@Override
	public Optional<PageBody> render(ContentSnapshot snapshot, String path) {
		if (path.indexOf('.') >= 0 || path.startsWith("/images/") || path.startsWith("/share/")) {
			return Optional.empty();
		}
		return this.views.view(snapshot, path).map(this::render);
	}

	PageBody render(PageView view) {
		Context context = new Context(Locale.ENGLISH, view.model());
		return PageBody.html(this.templates.process(view.template(), context));
	}

	@Override
	public Stream<String> paths(ContentSnapshot snapshot) {
		Stream<String> sections = snapshot.site()
			.sections()
			.stream()
			.flatMap((section) -> SectionListing.of(snapshot, section.id(), 1)
				.stream()
				.flatMap((first) -> IntStream.rangeClosed(1, first.pageCount()).mapToObj(first::pagePath)));
		Stream<String> pages = snapshot.pages().values().stream().map((page) -> page.path()).sorted();
		Stream<String> articles = snapshot.publishedArticles().stream().map(Article::path);
		return Stream.of(Stream.of("/"), sections, pages, articles).flatMap((paths) -> paths);
	}

	@Override
	public Map<String, PageBody> exportOnly(ContentSnapshot snapshot) {
		Map<String, Object> model = new HashMap<>();
		LayoutModel.apply(model, snapshot, this.metadata.error(snapshot, "Page not found"), null);
		model.put("sections", snapshot.site().sections());
		model.put("suggestions", List.of());
		return Map.of("/404.html", render(new PageView("error/404", model)));
	}

}
