package org.crampguide.system;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.crampguide.content.ContentRepository;
import org.crampguide.content.SitePaths;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps every shared link working on one URL: old paths in {@code aliases} and
 * non-canonical spellings (upper case, a trailing slash, doubled slashes) answer 301 to
 * the canonical path, with the query string kept.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class CanonicalPathFilter extends OncePerRequestFilter {

	private final ContentRepository content;

	CanonicalPathFilter(ContentRepository content) {
		this.content = content;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.equals("/error") || path.startsWith("/error/")) {
			// The error view is for the container's error dispatch; asked for directly it
			// would claim a 500.
			response.sendError(HttpStatus.NOT_FOUND.value());
			return;
		}
		Optional<String> target = redirectTarget(path);
		if (target.isPresent()) {
			String query = request.getQueryString();
			response.setStatus(HttpStatus.MOVED_PERMANENTLY.value());
			response.setHeader("Location",
					request.getContextPath() + target.get() + ((query != null) ? "?" + query : ""));
			return;
		}
		chain.doFilter(request, response);
	}

	private Optional<String> redirectTarget(String path) {
		Optional<String> alias = this.content.snapshot().aliasTarget(path);
		if (alias.isPresent()) {
			return alias;
		}
		String canonical = canonicalize(path);
		if (canonical == null || canonical.equals(path)) {
			return Optional.empty();
		}
		return Optional.of(this.content.snapshot().aliasTarget(canonical).orElse(canonical));
	}

	/**
	 * The canonical spelling of {@code path}, or {@code null} when it is not ours to
	 * redirect.
	 */
	static String canonicalize(String path) {
		if (path.isEmpty() || path.contains("\\") || SitePaths.isTechnical(path)) {
			return null;
		}
		String canonical = path.replaceAll("/{2,}", "/").toLowerCase(Locale.ROOT);
		if (canonical.length() > 1 && canonical.endsWith("/")) {
			canonical = canonical.substring(0, canonical.length() - 1);
		}
		return canonical;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		return !method.equals("GET") && !method.equals("HEAD");
	}

}
