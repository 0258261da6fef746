package org.crampguide.content.load;

import org.crampguide.content.Article;
import org.crampguide.content.Citation;
import org.crampguide.content.CareSigns;
import org.crampguide.content.ContentError;
import org.crampguide.content.Slugs;
import org.crampguide.markdown.Figure;
import org.crampguide.markdown.RenderedBody;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.crampguide.markdown.ImageCatalog;
import org.crampguide.markdown.FigureRules;
import org.crampguide.markdown.RenderContext;
import org.crampguide.content.SiteDescription;
import org.crampguide.markdown.MarkdownRenderer;

/**
 * Reads one article file: checks its front matter against every rule of the content
 * format and renders its body. Errors name the file, the line and the field.
 */
final class ArticleReader {

	static final Set<String> FIELDS = Set.of("title", "summary", "tags", "image", "published", "reviewed", "nextReview",
			"slug", "related", "aliases", "sources", "draft", "order");

	/** Section pages from the second on live at {@code /<section>/page/<n>}. */
	static final String RESERVED_SLUG = "page";

	private static final Set<String> IMAGE_FIELDS = Set.of("src", "alt", "caption", "credit", "license", "source");

	private static final Set<String> SOURCE_FIELDS = Set.of("title", "publisher", "url", "date");

	private final MarkdownRenderer markdown;

	private final RenderContext context;

	private final ImageCatalog images;

	private final SiteDescription site;

	private final CareSigns signs;

	ArticleReader(MarkdownRenderer markdown, RenderContext context, SiteDescription site, CareSigns signs) {
		this.signs = signs;
		this.context = context;
		this.site = site;
		this.markdown = markdown;
		this.images = context.images();
	}

	/**
	 * Reads {@code file} of {@code section}, or returns {@code null} after recording its
	 * errors.
	 */
	Article read(SourceFile file, String section, List<ContentError> errors) {
		int before = errors.size();
		MarkdownFile source = MarkdownFile.read(file, FIELDS, errors);
		if (source == null) {
			return null;
		}
		YamlFields yaml = source.frontMatter();
		String title = TitleAndSummaryRules.title(yaml);
		String summary = TitleAndSummaryRules.summary(yaml);
		List<String> tags = tags(yaml, this.site.tags());
		Figure image = leadImage(yaml);
		LocalDate published = yaml.date("published", true);
		LocalDate reviewed = yaml.date("reviewed", true);
		if (published != null && reviewed != null && reviewed.isBefore(published)) {
			yaml.fieldError("reviewed", "must not be before published (" + published + ")");
		}
		LocalDate nextReview = yaml.date("nextReview", false);
		if (nextReview == null && reviewed != null) {
			nextReview = reviewed.plusYears(3);
		}
		else if (nextReview != null && reviewed != null && !nextReview.isAfter(reviewed)) {
			yaml.fieldError("nextReview", "must be after reviewed (" + reviewed + ")");
		}
		String slug = slug(yaml, file);
		List<String> related = slugList(yaml, "related");
		List<String> aliases = aliases(yaml);
		List<Citation> sources = sources(yaml);
		boolean draft = yaml.bool("draft");
		Integer order = OrderField.read(yaml, this.site.section(section));
		RenderedBody body = source.renderBody(this.markdown, this.context, this.signs, errors);
		source.checkCareSigns(this.signs, "/" + section + "/" + slug, tags, errors);
		if (errors.size() > before) {
			return null;
		}
		return new Article(section, slug, file.displayPath(), title, summary, tags, image, published, reviewed,
				nextReview, related, aliases, sources, draft, order, body);
	}

	private static List<String> tags(YamlFields yaml, List<String> vocabulary) {
		List<String> tags = yaml.stringList("tags", true);
		if (yaml.has("tags") && (tags.size() < 2 || tags.size() > 8)) {
			yaml.fieldError("tags", "needs 2 to 8 tags, found " + tags.size());
		}
		tags.stream()
			.filter((tag) -> !Slugs.isSlug(tag))
			.forEach((tag) -> yaml.fieldError("tags", "'" + tag + "' must be lowercase letters, digits and hyphens"));
		tags.stream()
			.filter((tag) -> Slugs.isSlug(tag) && !vocabulary.contains(tag))
			.forEach((tag) -> yaml.fieldError("tags",
					"'" + tag + "' is not in the tag vocabulary (tags in content/site.yml); propose it there",
					NearestName.didYouMean(tag, vocabulary)));
		if (new HashSet<>(tags).size() < tags.size()) {
			yaml.fieldError("tags", "lists a tag twice");
		}
		return List.copyOf(tags);
	}

	private Figure leadImage(YamlFields yaml) {
		YamlFields image = yaml.mapping("image", true);
		if (image == null) {
			return null;
		}
		image.allowOnly(IMAGE_FIELDS);
		FigureRules rules = FigureRules.forLeadImage(this.images);
		Function<String, String> part = (name) -> image.string(name, rules.requires(name));
		FigureRules.Parts parts = new FigureRules.Parts(part.apply("src"), part.apply("alt"), part.apply("caption"),
				part.apply("credit"), part.apply("license"), part.apply("source"));
		// A missing part has already been reported by YamlFields, in YAML's own words.
		return rules.check(parts, (violation) -> {
			if (violation.rule() != FigureRules.Rule.MISSING) {
				image.fieldError(violation.part(), violation.problem());
			}
		});
	}

	private static String slug(YamlFields yaml, SourceFile file) {
		String fileName = file.path().substring(file.path().lastIndexOf('/') + 1).replaceFirst("\\.md$", "");
		String slug = yaml.string("slug", false);
		if (RESERVED_SLUG.equals(slug) || (slug == null && RESERVED_SLUG.equals(fileName))) {
			yaml.fieldError("slug", "'page' is taken by the section's page numbers (/<section>/page/2): rename the file"
					+ " or set another slug");
		}
		if (slug == null) {
			if (!Slugs.isSlug(fileName)) {
				yaml.fieldError("slug", "the file name '" + fileName
						+ "' is not a valid slug (lowercase letters, digits, single hyphens): rename it or set slug");
			}
			return fileName;
		}
		if (!Slugs.isSlug(slug)) {
			yaml.fieldError("slug", "'" + slug + "' must be lowercase ASCII letters, digits and single hyphens");
		}
		return slug;
	}

	private static List<String> slugList(YamlFields yaml, String field) {
		List<String> values = yaml.stringList(field, false);
		values.stream()
			.filter((value) -> !Slugs.isSlug(value))
			.forEach((value) -> yaml.fieldError(field, "'" + value + "' is not an article slug"));
		return List.copyOf(values);
	}

	private static List<String> aliases(YamlFields yaml) {
		List<String> aliases = yaml.stringList("aliases", false);
		aliases.stream()
			.filter((alias) -> !Slugs.isAliasPath(alias))
			.forEach((alias) -> yaml.fieldError("aliases", "'" + alias + "' must be a path starting with /"));
		return List.copyOf(aliases);
	}

	private static List<Citation> sources(YamlFields yaml) {
		List<YamlFields> items = yaml.mappingList("sources", true);
		if (yaml.has("sources") && items.size() < 2) {
			yaml.fieldError("sources", "needs at least 2 sources, found " + items.size());
		}
		List<Citation> sources = new ArrayList<>();
		for (YamlFields item : items) {
			item.allowOnly(SOURCE_FIELDS);
			String url = item.string("url", true);
			if (url != null && !url.startsWith("https://")) {
				item.fieldError("url", "must start with https://");
			}
			sources.add(new Citation(item.string("title", true), item.string("publisher", true), url,
					item.date("date", false)));
		}
		return List.copyOf(sources);
	}

}
