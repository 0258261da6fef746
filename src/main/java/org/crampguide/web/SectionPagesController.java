package org.crampguide.web;

import org.crampguide.content.ContentRepository;
import org.crampguide.content.ContentSnapshot;
import org.crampguide.seo.PageMetadataFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Page 2 onward of a section's card grid, at {@code /<section>/page/<n>}: path-based, so
 * a static export can write {@code causes/page/2/index.html}. Page 1 is the section
 * itself; a number out of range is not found.
 */
@Controller
class SectionPagesController {

	private final ContentRepository content;

	private final PageMetadataFactory metadata;

	SectionPagesController(ContentRepository content, PageMetadataFactory metadata) {
		this.content = content;
		this.metadata = metadata;
	}

	/** At most six digits, so a huge number is a plain 404 rather than an overflow. */
	@GetMapping("/{section:[a-z0-9-]+}/page/{number:[0-9]{1,6}}")
	Object page(@PathVariable String section, @PathVariable int number, Model model) {
		if (number == 1) {
			RedirectView first = new RedirectView("/" + section);
			first.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
			if (!this.content.snapshot().site().hasSection(section)) {
				throw notFound();
			}
			return first;
		}
		ContentSnapshot snapshot = this.content.snapshot();
		SectionListing listing = SectionListing.of(snapshot, section, number)
			.orElseThrow(SectionPagesController::notFound);
		LayoutModel.apply(model, snapshot,
				this.metadata.sectionPage(snapshot, listing.section(), number, listing.pageCount()), section);
		model.addAttribute("listing", listing);
		return "section";
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
