package org.crampguide.web;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.crampguide.content.Article;
import org.crampguide.content.ContentSnapshot;
import org.crampguide.content.Page;
import org.crampguide.content.Section;
import org.crampguide.editor.EditorNotices;
import org.crampguide.related.RelatedArticles;
import org.crampguide.seo.PageMetadataFactory;
import org.crampguide.site.SiteProperties;

import org.springframework.stereotype.Component;

/**
 * Which template and model each HTML path of a snapshot gets: the home page, a section
 * ({@code /causes}), a content page ({@code /about}; sections win, and pages may not take
 * a section's name) and an article ({@code /causes/heat-cramps}, drafts only when
 * {@code crampguide.drafts} is on). Built from the snapshot alone, never from a request.
 */
@Component
class SiteViews {

	private final PageMetadataFactory metadata;

	private final RelatedArticles related;

	private final SiteProperties properties;

	private final EditorNotices notices;

	SiteViews(PageMetadataFactory metadata, RelatedArticles related, SiteProperties properties, EditorNotices notices) {
		this.metadata = metadata;
		this.related = related;
		this.properties = properties;
		this.notices = notices;
	}

	Optional<PageView> view(ContentSnapshot snapshot, String path) {
		if (path.equals("/")) {
			return Optional.of(home(snapshot));
		}
		String[] segments = path.substring(1).split("/", -1);
		if (segments.length == 1) {
			Section section = snapshot.site().section(segments[0]);
			if (section != null) {
				return Optional.of(section(snapshot, section));
			}
			return snapshot.page(segments[0]).map((page) -> page(snapshot, page));
		}
		if (segments.length == 3 && segments[1].equals("page")) {
			return sectionPage(snapshot, segments[0], segments[2]);
		}
		if (segments.length == 2) {
			return snapshot.article(segments[0], segments[1], this.properties.servesDrafts())
				.map((article) -> article(snapshot, article));
		}
		return Optional.empty();
	}

	PageView home(ContentSnapshot snapshot) {
		Map<String, Object> model = layout(snapshot, this.metadata.home(snapshot), null);
		model.put("sections", HomeSections.of(snapshot));
		return new PageView("home", model);
	}

	PageView section(ContentSnapshot snapshot, Section section) {
		Map<String, Object> model = layout(snapshot, this.metadata.section(snapshot, section), section.id());
		model.put("listing", SectionListing.of(snapshot, section.id(), 1).orElseThrow());
		return new PageView("section", model);
	}

	/**
	 * Page 2 onward of a section at {@code /<section>/page/<n>}; page 1 is the section
	 * itself (the MVC fallback redirects it), and a number out of range is no page.
	 */
	private Optional<PageView> sectionPage(ContentSnapshot snapshot, String sectionId, String number) {
		if (number.isEmpty() || number.length() > 6 || !number.chars().allMatch(Character::isDigit)
				|| number.charAt(0) == '0') {
			return Optional.empty();
		}
		int page = Integer.parseInt(number);
		return SectionListing.of(snapshot, sectionId, page).filter((listing) -> page > 1).map((listing) -> {
			Map<String, Object> model = layout(snapshot,
					this.metadata.sectionPage(snapshot, listing.section(), page, listing.pageCount()), sectionId);
			model.put("listing", listing);
			return new PageView("section", model);
		});
	}

	PageView page(ContentSnapshot snapshot, Page page) {
		Map<String, Object> model = layout(snapshot, this.metadata.page(snapshot, page), null);
		model.put("page", page);
		model.put("editorNotice", this.notices.forPage(page));
		return new PageView("page", model);
	}

	PageView article(ContentSnapshot snapshot, Article article) {
		Map<String, Object> model = layout(snapshot, this.metadata.article(snapshot, article), article.section());
		model.put("article", article);
		model.put("section", snapshot.site().section(article.section()));
		model.put("related", this.related.forArticle(snapshot, article));
		model.put("editorNotice", this.notices.forArticle(article));
		model.put("backToTop", ArticleLength.needsBackToTop(article.body()));
		return new PageView("article", model);
	}

	private static Map<String, Object> layout(ContentSnapshot snapshot, org.crampguide.seo.PageMetadata meta,
			String currentSection) {
		Map<String, Object> model = new HashMap<>();
		LayoutModel.apply(model, snapshot, meta, currentSection);
		return model;
	}

}
