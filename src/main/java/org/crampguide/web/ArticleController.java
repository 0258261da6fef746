package org.crampguide.web;

import org.crampguide.content.Article;
import org.crampguide.content.ContentRepository;
import org.crampguide.content.ContentSnapshot;
import org.crampguide.related.RelatedArticles;
import org.crampguide.seo.PageMetadataFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The article page at {@code /<section>/<slug>}, with its related-articles sidebar.
 */
@Controller
class ArticleController {

	private final ContentRepository content;

	private final RelatedArticles related;

	private final PageMetadataFactory metadata;

	ArticleController(ContentRepository content, RelatedArticles related, PageMetadataFactory metadata) {
		this.content = content;
		this.related = related;
		this.metadata = metadata;
	}

	/** Any section named in {@code site.yml}; the repository answers empty for others. */
	@GetMapping("/{section:[a-z0-9-]+}/{slug:[a-z0-9-]+}")
	String article(@PathVariable String section, @PathVariable String slug, Model model) {
		ContentSnapshot snapshot = this.content.snapshot();
		Article article = this.content.findArticle(snapshot, section, slug)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		LayoutModel.apply(model, snapshot, this.metadata.article(snapshot, article), section);
		model.addAttribute("article", article);
		model.addAttribute("section", snapshot.site().section(section));
		model.addAttribute("related", this.related.forArticle(snapshot, article));
		model.addAttribute("backToTop", ArticleLength.needsBackToTop(article.body()));
		return "article";
	}

}
