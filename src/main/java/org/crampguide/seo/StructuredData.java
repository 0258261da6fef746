package org.crampguide.seo;

import org.crampguide.share.ShareImagePaths;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.crampguide.content.Article;
import org.crampguide.content.ContentSnapshot;
import org.crampguide.content.Section;
import org.crampguide.site.SiteAddress;
import org.springframework.stereotype.Component;

/**
 * JSON-LD for search engines, built as maps and written by Jackson, never by string
 * concatenation, then escaped so that nothing in front matter can close the script
 * element it sits in.
 */
@Component
public class StructuredData {

	private static final String CONTEXT = "https://schema.org";

	private final SiteAddress site;

	private final JsonMapper json = JsonMapper.builder().build();

	public StructuredData(SiteAddress site) {
		this.site = site;
	}

	/** {@code WebSite} and {@code Organization} for the home page. */
	public String home(ContentSnapshot snapshot) {
		Map<String, Object> website = node("WebSite");
		website.put("name", snapshot.site().name());
		website.put("description", snapshot.site().description());
		website.put("url", this.site.absolute("/"));
		website.put("inLanguage", "en");
		website.put("publisher", Map.of("@id", organizationId()));
		website.put("potentialAction", searchAction());
		return write(List.of(website, organization(snapshot)));
	}

	/** {@code MedicalWebPage} and {@code BreadcrumbList} for an article. */
	public String article(ContentSnapshot snapshot, Article article) {
		Section section = snapshot.site().section(article.section());
		Map<String, Object> page = node("MedicalWebPage");
		page.put("name", article.title());
		page.put("headline", article.title());
		page.put("description", article.summary());
		page.put("url", this.site.absolute(article.path()));
		page.put("datePublished", article.published().toString());
		page.put("dateModified", article.reviewed().toString());
		page.put("lastReviewed", article.reviewed().toString());
		page.put("reviewedBy", organization(snapshot));
		page.put("publisher", Map.of("@id", organizationId()));
		page.put("inLanguage", "en");
		page.put("image", this.site.absolute(ShareImagePaths.forArticle(article)));
		page.put("keywords", String.join(", ", article.tags()));
		page.put("citation", article.sources().stream().map((source) -> {
			Map<String, Object> work = node("CreativeWork");
			work.put("name", source.title());
			Map<String, Object> publisher = node("Organization");
			publisher.put("name", source.publisher());
			work.put("publisher", publisher);
			work.put("url", source.url());
			return work;
		}).toList());
		Map<String, Object> condition = node("MedicalCondition");
		condition.put("name", snapshot.site().condition().name());
		condition.put("alternateName", snapshot.site().condition().alternateNames());
		page.put("about", condition);
		Map<String, Object> breadcrumbs = node("BreadcrumbList");
		breadcrumbs.put("itemListElement", List.of(crumb(1, "Home", "/"), crumb(2, section.title(), section.path()),
				crumb(3, article.title(), article.path())));
		return write(List.of(page, breadcrumbs));
	}

	/** Lets search engines offer a search box for the site (schema.org SearchAction). */
	private Map<String, Object> searchAction() {
		Map<String, Object> action = node("SearchAction");
		Map<String, Object> target = node("EntryPoint");
		target.put("urlTemplate", this.site.absolute("/search") + "?q={query}");
		action.put("target", target);
		action.put("query-input", "required name=query");
		return action;
	}

	private Map<String, Object> organization(ContentSnapshot snapshot) {
		Map<String, Object> organization = node("Organization");
		organization.put("@id", organizationId());
		organization.put("name", snapshot.site().name());
		organization.put("url", this.site.absolute("/"));
		organization.put("logo", this.site.absolute("/favicon.svg"));
		return organization;
	}

	private String organizationId() {
		return this.site.absolute("/#organization");
	}

	private Map<String, Object> crumb(int position, String name, String path) {
		Map<String, Object> item = node("ListItem");
		item.put("position", position);
		item.put("name", name);
		item.put("item", this.site.absolute(path));
		return item;
	}

	/**
	 * An ordered node: never {@code Map.of} with two or more keys, whose order changes
	 * from one JVM to the next, so the same snapshot would give each instance (and the
	 * static export) other bytes and another ETag.
	 */
	private static Map<String, Object> node(String type) {
		Map<String, Object> node = new LinkedHashMap<>();
		node.put("@type", type);
		return node;
	}

	private String write(List<Map<String, Object>> graph) {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("@context", CONTEXT);
		document.put("@graph", graph);
		return escapeForScript(this.json.writeValueAsString(document));
	}

	/**
	 * Makes JSON safe inside a {@code <script>} element: {@code <}, {@code >} and
	 * {@code &} become JSON unicode escapes, which parse back to the same string, so
	 * {@code </script>} can never appear.
	 */
	static String escapeForScript(String json) {
		return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
	}

}
