package org.crampguide.pages;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.crampguide.content.FirstAnswer;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers every path of the page store from memory: a lookup and a write, with 304 for a
 * matching {@code If-None-Match}, the gzip bytes for clients that accept them, and
 * headers only for {@code HEAD}. Runs after the security headers and canonical redirects;
 * anything the store does not hold (search, errors, the actuator) goes on to Spring MVC.
 */
class PageStoreFilter extends OncePerRequestFilter {

	private final PageStore store;

	private final FirstAnswer firstAnswer;

	PageStoreFilter(PageStore store, FirstAnswer firstAnswer) {
		this.store = store;
		this.firstAnswer = firstAnswer;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			answer(request, response, chain);
		}
		finally {
			// Work for later readers waits for the first answer.
			this.firstAnswer.answered();
		}
	}

	private void answer(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<StoredPage> found = isStorePath(request) ? this.store.find(request.getRequestURI()) : Optional.empty();
		if (found.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		String method = request.getMethod();
		if (!method.equals("GET") && !method.equals("HEAD")) {
			response.setHeader(HttpHeaders.ALLOW, "GET, HEAD");
			response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
			return;
		}
		write(found.get(), request, response, method.equals("HEAD"));
	}

	private static void write(StoredPage page, HttpServletRequest request, HttpServletResponse response,
			boolean headOnly) throws IOException {
		boolean gzip = page.gzip() != null && AcceptEncoding.allowsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
		response.setHeader(HttpHeaders.CACHE_CONTROL, page.cacheControl());
		if (page.varies()) {
			response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		}
		String matched = EntityTags.match(request.getHeader(HttpHeaders.IF_NONE_MATCH), page);
		if (matched != null) {
			response.setHeader(HttpHeaders.ETAG, matched);
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		byte[] body = gzip ? page.gzip() : page.body();
		response.setStatus(HttpServletResponse.SC_OK);
		response.setHeader(HttpHeaders.ETAG, gzip ? page.gzipEtag() : page.etag());
		response.setContentType(page.contentType());
		if (gzip) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
		}
		response.setContentLength(body.length);
		if (!headOnly) {
			response.getOutputStream().write(body);
		}
	}

	/**
	 * Stored paths are canonical and plain ({@code /}, letters, digits, {@code - . _});
	 * anything else cannot be in the store, and is left to the canonical filter and MVC.
	 */
	private static boolean isStorePath(HttpServletRequest request) {
		String path = request.getRequestURI();
		if (!request.getContextPath().isEmpty() || path.length() > 200) {
			return false;
		}
		for (int i = 0; i < path.length(); i++) {
			char c = path.charAt(i);
			if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '/' || c == '-'
					|| c == '.' || c == '_')) {
				return false;
			}
		}
		return !path.contains("..") && !path.contains("//");
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return true;
	}

}
