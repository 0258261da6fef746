package org.crampguide.markdown.figure;

import org.crampguide.markdown.FigureRules;
import java.util.Map;
import java.util.Set;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import org.crampguide.markdown.Figure;
import org.crampguide.markdown.MarkdownProblems;
import org.crampguide.markdown.RenderContext;

/**
 * Replaces each paragraph that holds only an image and its brace block by a
 * {@link FigureNode}, once {@link FigureRules} accept it, and reports images that are not
 * alone. No later post-processor looks for figures, so the node tracker is not told of
 * them.
 */
final class FigurePostProcessor extends NodePostProcessor {

	private static final Set<String> ATTRIBUTES = Set.of("credit", "license", "source");

	private static final String NOT_ALONE = "an image must be alone in its own paragraph, not inside a sentence";

	/**
	 * How a missing part is asked for in Markdown; other problems follow the part's name.
	 */
	private static final Map<String, String> MISSING = Map.of("alt",
			"alt text is required: describe the picture inside ![...]", "caption",
			"a caption is required: add it in quotes after the image path", "credit", "credit=\"...\" is required");

	private final FigureRules rules;

	private final MarkdownProblems problems;

	private FigurePostProcessor(Document document) {
		this.rules = FigureRules.forBody(RenderContext.KEY.get(document).images());
		this.problems = MarkdownProblems.of(document);
	}

	@Override
	public void process(NodeTracker state, Node node) {
		if (node instanceof Paragraph paragraph && paragraph.getFirstChild() instanceof Image image) {
			processLoneImage(paragraph, image);
		}
		else if (node instanceof Image image && !isFirstInParagraph(image)) {
			problem(image, NOT_ALONE);
		}
	}

	private void processLoneImage(Paragraph paragraph, Image image) {
		String after = paragraph.getChars()
			.getBaseSequence()
			.subSequence(image.getEndOffset(), paragraph.getEndOffset())
			.toString()
			.strip();
		if (!after.startsWith("{")) {
			problem(image,
					after.isEmpty()
							? "a figure needs a credit: add {credit=\"...\" license=\"...\"} right after the image"
							: NOT_ALONE);
			return;
		}
		Map<String, String> attributes = FigureSyntax.parseAttributes(after);
		if (attributes == null) {
			problem(image, "the braces after the image must hold credit=\"...\" and optional license=\"...\""
					+ " source=\"...\", with no space before the brace");
			return;
		}
		boolean unknown = false;
		for (String name : attributes.keySet()) {
			if (!ATTRIBUTES.contains(name)) {
				problem(image, "unknown attribute '" + name + "' (use credit, license, source)");
				unknown = true;
			}
		}
		FigureRules.Parts parts = new FigureRules.Parts(image.getUrl().toString(), image.getText().toString().strip(),
				image.getTitle().toString().strip(), attributes.get("credit"), attributes.get("license"),
				attributes.get("source"));
		Figure figure = this.rules.check(parts, (violation) -> problem(image, message(violation)));
		if (figure != null && !unknown) {
			paragraph.insertBefore(new FigureNode(figure));
			paragraph.unlink();
		}
	}

	private static String message(FigureRules.Violation violation) {
		if (violation.rule() == FigureRules.Rule.MISSING) {
			return MISSING.get(violation.part());
		}
		return (violation.part().equals("src") ? "image" : violation.part()) + " " + violation.problem();
	}

	private static boolean isFirstInParagraph(Image image) {
		return image.getParent() instanceof Paragraph paragraph && paragraph.getFirstChild() == image;
	}

	private void problem(Node node, String message) {
		this.problems.add(node, "figure", message);
	}

	static final class Factory extends NodePostProcessorFactory {

		Factory() {
			super(false);
			addNodes(Paragraph.class, Image.class);
		}

		@Override
		public NodePostProcessor apply(Document document) {
			return new FigurePostProcessor(document);
		}

	}

}
