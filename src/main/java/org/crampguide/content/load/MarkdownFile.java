package org.crampguide.content.load;

import org.crampguide.content.CareSigns;
import org.crampguide.content.ContentError;
import org.crampguide.markdown.RenderedBody;
import java.util.List;
import java.util.Set;

import org.crampguide.markdown.RenderContext;
import org.crampguide.markdown.MarkdownRenderer;

/**
 * An article or page file read into its two halves: the front matter as line-aware fields
 * and the Markdown body, whose problems are reported at their line in the file.
 */
final class MarkdownFile {

	private final String path;

	private final FrontMatterSplit parts;

	private final YamlFields frontMatter;

	private MarkdownFile(String path, FrontMatterSplit parts, YamlFields frontMatter) {
		this.path = path;
		this.parts = parts;
		this.frontMatter = frontMatter;
	}

	/**
	 * Splits and parses {@code file}, or returns {@code null} after recording why it
	 * could not.
	 * @param allowedFields the front matter fields this kind of file may use
	 */
	static MarkdownFile read(SourceFile file, Set<String> allowedFields, List<ContentError> errors) {
		String path = file.displayPath();
		String text = file.checkedText(errors);
		if (text == null) {
			return null;
		}
		FrontMatterSplit parts = FrontMatterSplit.split(text);
		if (parts == null) {
			errors.add(new ContentError(path, 1, "front matter",
					"the file must start with YAML front matter between two '---' lines"));
			return null;
		}
		YamlFields yaml = YamlParser.parse(path, parts.yaml(), 1, errors);
		if (yaml == null) {
			return null;
		}
		yaml.allowOnly(allowedFields);
		return new MarkdownFile(path, parts, yaml);
	}

	/** Checks the care signs of the body against the registry. */
	void checkCareSigns(CareSigns signs, String sitePath, List<String> tags, List<ContentError> errors) {
		careSigns(signs, errors).check(this.parts.body(), sitePath, tags);
	}

	private CareSignCheck careSigns(CareSigns signs, List<ContentError> errors) {
		return new CareSignCheck(signs, this.path, this.parts.bodyFirstLine(), errors);
	}

	YamlFields frontMatter() {
		return this.frontMatter;
	}

	/**
	 * Renders the body, with its {@code {{sign:id}}} items spelled out, adding its
	 * problems to {@code errors} with their file line.
	 */
	RenderedBody renderBody(MarkdownRenderer markdown, RenderContext context, CareSigns signs,
			List<ContentError> errors) {
		String body = careSigns(signs, errors).expand(this.parts.body());
		MarkdownRenderer.Result result = markdown.render(body, context);
		result.problems()
			.forEach((problem) -> errors.add(new ContentError(this.path, this.parts.bodyFirstLine() + problem.line(),
					problem.element(), problem.message())));
		return result.body();
	}

}
