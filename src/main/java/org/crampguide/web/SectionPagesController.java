package org.crampguide.web;

import org.crampguide.content.ContentRepository;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.view.RedirectView;

/**
 * What the page store leaves of {@code /<section>/page/<n>}: pages 2 onward are stored
 * pages (see {@link SiteViews}); page 1 is the section itself, so it redirects there, and
 * any other number reaching this point is out of range.
 */
@Controller
class SectionPagesController {

	private final ContentRepository content;

	SectionPagesController(ContentRepository content) {
		this.content = content;
	}

	/** At most six digits, so a huge number is a plain 404 rather than an overflow. */
	@GetMapping("/{section:[a-z0-9-]+}/page/{number:[0-9]{1,6}}")
	RedirectView page(@PathVariable String section, @PathVariable int number) {
		if (number != 1 || !this.content.snapshot().site().hasSection(section)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		RedirectView first = new RedirectView("/" + section);
		first.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
		return first;
	}

}
