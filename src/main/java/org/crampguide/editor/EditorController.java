package org.crampguide.editor;

import java.time.LocalDate;
import java.util.Optional;

import org.crampguide.content.ContentRepository;
import org.crampguide.content.ContentSnapshot;
import org.crampguide.content.LoadResult;
import org.crampguide.seo.PageMetadataFactory;
import org.crampguide.site.SiteProperties;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /_editor}: every content error and every article's measures on one page, for a
 * writer running {@code ./mvnw spring-boot:run}. A 404 unless editor mode is on; never
 * linked, never indexed, not in the sitemap.
 */
@Controller
class EditorController {

	private final ContentRepository content;

	private final PageMetadataFactory metadata;

	private final boolean editor;

	EditorController(ContentRepository content, PageMetadataFactory metadata, SiteProperties properties) {
		this.content = content;
		this.metadata = metadata;
		this.editor = properties.editor();
	}

	@GetMapping("/_editor")
	String editor(Model model, HttpServletResponse response) {
		if (!this.editor) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		LoadResult load = this.content.lastLoad();
		ContentSnapshot snapshot = load.snapshot();
		// The page has no canonical URL, so the head says noindex; the header says it
		// too.
		// It changes with every save, so no cache may keep it.
		response.setHeader("X-Robots-Tag", "noindex");
		response.setHeader("Cache-Control", "no-store");
		model.addAttribute("site", snapshot.site());
		model.addAttribute("meta", this.metadata.error(snapshot, "Editor's view"));
		model.addAttribute("currentSection", null);
		model.addAttribute("footerPages",
				snapshot.site().footer().stream().map(snapshot::page).flatMap(Optional::stream).toList());
		model.addAttribute("report", EditorReportBuilder.build(load, LocalDate.now()));
		model.addAttribute("rules", snapshot.site().rules());
		return "editor/editor";
	}

}
