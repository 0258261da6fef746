package org.crampguide.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.crampguide.content.ContentRepository;
import org.crampguide.content.ContentSnapshot;
import org.crampguide.editor.EditorNotices;
import org.crampguide.editor.UnpublishedFile;
import org.crampguide.seo.PageMetadataFactory;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.servlet.ModelAndView;

/**
 * Friendly error pages in the site's own layout: a 404 that lists the sections and
 * suggests the articles closest to the path asked for, and plain pages for other errors.
 * They never show a stack trace or exception text.
 */
@Component
class ErrorPages implements ErrorViewResolver {

	private final ContentRepository content;

	private final PageMetadataFactory metadata;

	private final EditorNotices notices;

	ErrorPages(ContentRepository content, PageMetadataFactory metadata, EditorNotices notices) {
		this.content = content;
		this.metadata = metadata;
		this.notices = notices;
	}

	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		ContentSnapshot snapshot = this.content.snapshot();
		String path = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
		ExtendedModelMap view = new ExtendedModelMap();
		view.addAttribute("status", status.value());
		if (status == HttpStatus.NOT_FOUND) {
			LayoutModel.apply(view.asMap(), snapshot, this.metadata.error(snapshot, "Page not found"), null);
			view.addAttribute("sections", snapshot.site().sections());
			view.addAttribute("suggestions", NotFoundSuggestions.forPath(snapshot, path));
			Optional<UnpublishedFile> unpublished = this.notices.unpublishedAt(path);
			unpublished.ifPresent((file) -> view.addAttribute("unpublished", file));
			return new ModelAndView(unpublished.isPresent() ? "editor/unpublished" : "error/404", view, status);
		}
		if (status.is4xxClientError()) {
			LayoutModel.apply(view.asMap(), snapshot, this.metadata.error(snapshot, "Bad request"), null);
			view.addAttribute("sections", snapshot.site().sections());
			return new ModelAndView("error/4xx", view, status);
		}
		LayoutModel.apply(view.asMap(), snapshot, this.metadata.error(snapshot, "Something went wrong"), null);
		view.addAttribute("sections", List.of());
		return new ModelAndView("error/500", view, status);
	}

}
