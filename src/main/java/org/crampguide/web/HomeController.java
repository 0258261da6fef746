package org.crampguide.web;

import org.crampguide.content.ContentRepository;
import org.crampguide.content.ContentSnapshot;
import org.crampguide.seo.PageMetadataFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: what to do for a cramp now, when to get help, emergency advice, the
 * sections with their first articles, and common questions.
 */
@Controller
class HomeController {

	private final ContentRepository content;

	private final PageMetadataFactory metadata;

	HomeController(ContentRepository content, PageMetadataFactory metadata) {
		this.content = content;
		this.metadata = metadata;
	}

	@GetMapping("/")
	String home(Model model) {
		ContentSnapshot snapshot = this.content.snapshot();
		LayoutModel.apply(model, snapshot, this.metadata.home(snapshot), null);
		model.addAttribute("sections", HomeSections.of(snapshot));
		return "home";
	}

}
