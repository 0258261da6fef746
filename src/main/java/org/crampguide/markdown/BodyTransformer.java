package org.crampguide.markdown;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;

/**
 * Walks a parsed body once, turning lone-image paragraphs into figures and
 * {@code [!KIND]} blockquotes into callouts, giving headings their ids, and checking
 * images and links against the content format.
 */
final class BodyTransformer {

	private static final Pattern CALLOUT_MARKER = Pattern.compile("^\\s*\\[!([A-Za-z-]+)]\\s*(?:\\n|$)");

	private static final Set<String> FIGURE_ATTRIBUTES = Set.of("credit", "license", "source");

	private final ImageCatalog images;

	private final RenderContext context;

	private final List<MarkdownProblem> problems = new ArrayList<>();

	private final List<org.crampguide.markdown.TocEntry> headings = new ArrayList<>();

	private final Set<String> internalLinks = new LinkedHashSet<>();

	private final Set<String> imagePaths = new LinkedHashSet<>();

	private final HeadingIds headingIds = new HeadingIds();

	BodyTransformer(RenderContext context) {
		this.context = context;
		this.images = context.images();
	}

	void transform(Document document) {
		// Collect first: replacing nodes while walking would skip siblings.
		List<Node> nodes = new ArrayList<>();
		collect(document, nodes);
		for (Node node : nodes) {
			if (node instanceof Heading heading) {
				visitHeading(heading);
			}
			else if (node instanceof BlockQuote quote) {
				visitBlockQuote(quote);
			}
			else if (node instanceof Paragraph paragraph && paragraph.getFirstChild() instanceof Image image) {
				visitImageParagraph(paragraph, image);
			}
			else if (node instanceof Image image
					&& !(image.getParent() instanceof Paragraph p && p.getFirstChild() == image)) {
				problem(image, "figure", "an image must be alone in its own paragraph, not inside a sentence");
			}
			else if (node instanceof Link link) {
				visitLink(link, link.getUrl().toString());
			}
			else if (node instanceof AutoLink link) {
				visitLink(link, link.getUrl().toString());
			}
		}
	}

	List<MarkdownProblem> problems() {
		return this.problems;
	}

	List<org.crampguide.markdown.TocEntry> headings() {
		return this.headings;
	}

	Set<String> internalLinks() {
		return this.internalLinks;
	}

	Set<String> imagePaths() {
		return this.imagePaths;
	}

	private void visitHeading(Heading heading) {
		String text = new TextCollectingVisitor().collectAndGetText(heading).strip();
		if (heading.getLevel() == 1) {
			problem(heading, "heading", "'# " + text + "' is not allowed: the title is the page's only h1, use ##");
			heading.setLevel(2);
		}
		if (heading.getLevel() <= 3) {
			String id = this.headingIds.idFor(text);
			heading.setAnchorRefId(id);
			this.headings.add(new org.crampguide.markdown.TocEntry(heading.getLevel(), id, text));
		}
	}

	private void visitBlockQuote(BlockQuote quote) {
		if (!(quote.getFirstChild() instanceof Paragraph first)) {
			return;
		}
		Matcher marker = CALLOUT_MARKER.matcher(first.getChars().toString());
		if (!marker.find()) {
			return;
		}
		var kind = CalloutKind.fromMarker(marker.group(1));
		if (kind.isEmpty()) {
			problem(quote, "callout", "[!" + marker.group(1)
					+ "] is not a callout kind (use EMERGENCY, URGENT, SEE-A-DOCTOR, IMPORTANT or TIP)");
			return;
		}
		removeMarkerLine(first);
		CalloutNode callout = new CalloutNode(kind.get(), this.context.heading(kind.get()));
		callout.takeChildren(quote);
		quote.insertBefore(callout);
		quote.unlink();
	}

	private static void removeMarkerLine(Paragraph paragraph) {
		Node node = paragraph.getFirstChild();
		while (node != null) {
			Node next = node.getNext();
			boolean lineEnd = node instanceof SoftLineBreak || node instanceof HardLineBreak;
			node.unlink();
			if (lineEnd) {
				break;
			}
			node = next;
		}
		if (!paragraph.hasChildren()) {
			paragraph.unlink();
		}
	}

	private void visitImageParagraph(Paragraph paragraph, Image image) {
		String after = paragraph.getChars()
			.getBaseSequence()
			.subSequence(image.getEndOffset(), paragraph.getEndOffset())
			.toString()
			.strip();
		if (after.isEmpty() || !after.startsWith("{")) {
			problem(image, "figure",
					after.isEmpty()
							? "a figure needs a credit: add {credit=\"...\" license=\"...\"} right after the image"
							: "an image must be alone in its own paragraph, not inside a sentence");
			return;
		}
		Map<String, String> attributes = FigureSyntax.parseAttributes(after);
		if (attributes == null) {
			problem(image, "figure", "the braces after the image must hold credit=\"...\" and optional license=\"...\""
					+ " source=\"...\", with no space before the brace");
			return;
		}
		Figure figure = toFigure(image, attributes);
		if (figure != null) {
			paragraph.insertBefore(new FigureNode(figure));
			paragraph.unlink();
		}
	}

	private Figure toFigure(Image image, Map<String, String> attributes) {
		String src = image.getUrl().toString();
		String alt = image.getText().toString().strip();
		String caption = image.getTitle().toString().strip();
		int problemsBefore = this.problems.size();
		attributes.keySet()
			.stream()
			.filter((name) -> !FIGURE_ATTRIBUTES.contains(name))
			.forEach((name) -> problem(image, "figure",
					"unknown attribute '" + name + "' (use credit, license, source)"));
		if (alt.isEmpty()) {
			problem(image, "figure", "alt text is required: describe the picture inside ![...]");
		}
		if (caption.isEmpty()) {
			problem(image, "figure", "a caption is required: add it in quotes after the image path");
		}
		if (attributes.getOrDefault("credit", "").isEmpty()) {
			problem(image, "figure", "credit=\"...\" is required");
		}
		String source = attributes.get("source");
		if (source != null && !source.startsWith("https://")) {
			problem(image, "figure", "source must be an https URL");
		}
		var size = src.startsWith("images/") ? this.images.sizeOf(src)
				: java.util.Optional.<ImageCatalog.ImageSize>empty();
		if (size.isEmpty()) {
			problem(image, "figure", "image '" + src
					+ "' does not exist (images live in content/images/ and are written images/<name>)");
		}
		this.imagePaths.add(src);
		if (this.problems.size() > problemsBefore) {
			return null;
		}
		return new Figure("/" + src, alt, caption, attributes.get("credit"), attributes.get("license"), source,
				size.get().width(), size.get().height());
	}

	private void visitLink(Node link, String url) {
		if (!LinkPolicy.isAllowed(url)) {
			problem(link, "link",
					"'" + url + "' is not allowed: use https, http, mailto or a site path such as /causes/heat-cramps");
			link.insertBefore(new com.vladsch.flexmark.ast.Text(link.getChildChars()));
			link.unlink();
			return;
		}
		if (LinkPolicy.isSitePath(url)) {
			int hash = url.indexOf('#');
			this.internalLinks.add((hash >= 0) ? url.substring(0, hash) : url);
		}
	}

	private void problem(Node node, String element, String message) {
		this.problems.add(new MarkdownProblem(node.getStartLineNumber(), element, message));
	}

	private static void collect(Node node, List<Node> out) {
		for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
			out.add(child);
			collect(child, out);
		}
	}

}
