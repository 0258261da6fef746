package org.crampguide.web;

import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Every error answers the site's own page, for any method: HTML for browsers and for
 * clients that accept anything ({@code Accept: *}{@code /*}, curl's default), plain text
 * for clients that rule HTML out. Replaces Boot's error controller, which sends JSON to
 * such clients.
 */
@Controller
class SiteErrorController implements ErrorController {

	private final ErrorPages pages;

	SiteErrorController(ErrorPages pages) {
		this.pages = pages;
	}

	@RequestMapping("${server.error.path:/error}")
	Object error(HttpServletRequest request) {
		HttpStatus status = status(request);
		if (acceptsHtml(request.getHeader(HttpHeaders.ACCEPT))) {
			return this.pages.resolveErrorView(request, status, Map.of());
		}
		return ResponseEntity.status(status)
			.contentType(MediaType.TEXT_PLAIN)
			.body(status.value() + " " + status.getReasonPhrase() + "\n");
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = (code instanceof Integer value) ? HttpStatus.resolve(value) : null;
		return (status != null) ? status : HttpStatus.INTERNAL_SERVER_ERROR;
	}

	static boolean acceptsHtml(String accept) {
		if (accept == null || accept.isBlank()) {
			return true;
		}
		try {
			return MediaType.parseMediaTypes(accept)
				.stream()
				.anyMatch((type) -> type.includes(MediaType.TEXT_HTML) && type.getQualityValue() > 0);
		}
		catch (InvalidMediaTypeException ex) {
			// A malformed Accept header gets the page a browser would.
			return true;
		}
	}

}
