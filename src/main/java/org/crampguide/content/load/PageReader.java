package org.crampguide.content.load;

import org.crampguide.content.CareSigns;
import org.crampguide.content.ContentError;
import org.crampguide.content.Page;
import org.crampguide.content.Slugs;
import org.crampguide.markdown.RenderedBody;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.crampguide.markdown.RenderContext;
import org.crampguide.markdown.MarkdownRenderer;

/**
 * Reads a standalone page from {@code content/pages/}: a title, a summary, an optional
 * review date and a body.
 */
final class PageReader {

	private static final Set<String> FIELDS = Set.of("title", "summary", "reviewed");

	private final MarkdownRenderer markdown;

	private final RenderContext context;

	private final CareSigns signs;

	PageReader(MarkdownRenderer markdown, RenderContext context, CareSigns signs) {
		this.signs = signs;
		this.markdown = markdown;
		this.context = context;
	}

	Page read(SourceFile file, List<ContentError> errors) {
		int before = errors.size();
		String path = file.displayPath();
		String slug = file.path().substring("pages/".length()).replaceFirst("\\.md$", "");
		MarkdownFile source = MarkdownFile.read(file, FIELDS, errors);
		if (source == null) {
			return null;
		}
		YamlFields yaml = source.frontMatter();
		if (!Slugs.isSlug(slug)) {
			errors.add(new ContentError(path, 1, "slug", "the file name '" + slug + "' is not a valid slug"));
		}
		String title = TitleAndSummaryRules.title(yaml);
		String summary = TitleAndSummaryRules.summary(yaml);
		LocalDate reviewed = yaml.date("reviewed", false);
		RenderedBody body = source.renderBody(this.markdown, this.context, this.signs, errors);
		source.checkCareSigns(this.signs, "/" + slug, List.of(), errors);
		return (errors.size() > before) ? null : new Page(slug, path, title, summary, reviewed, body);
	}

}
