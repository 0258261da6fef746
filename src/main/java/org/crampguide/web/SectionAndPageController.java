package org.crampguide.web;

import org.crampguide.content.ContentRepository;
import org.crampguide.content.ContentSnapshot;
import org.crampguide.content.Page;
import org.crampguide.content.Section;
import org.crampguide.seo.PageMetadataFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * One-segment paths: a section ({@code /causes}) or a content page ({@code /about}). Both
 * live in one handler because their URL shapes are the same; sections win, and pages may
 * not take a section's name.
 */
@Controller
class SectionAndPageController {

	private final ContentRepository content;

	private final PageMetadataFactory metadata;

	SectionAndPageController(ContentRepository content, PageMetadataFactory metadata) {
		this.content = content;
		this.metadata = metadata;
	}

	@GetMapping("/{name:[a-z0-9-]+}")
	String sectionOrPage(@PathVariable String name, Model model) {
		ContentSnapshot snapshot = this.content.snapshot();
		Section section = snapshot.site().section(name);
		if (section != null) {
			LayoutModel.apply(model, snapshot, this.metadata.section(snapshot, section), section.id());
			model.addAttribute("listing", SectionListing.of(snapshot, section.id(), 1).orElseThrow());
			return "section";
		}
		Page page = snapshot.page(name).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		LayoutModel.apply(model, snapshot, this.metadata.page(snapshot, page), null);
		model.addAttribute("page", page);
		return "page";
	}

}
