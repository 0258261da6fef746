package org.crampguide.markdown.heading;

import java.util.List;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import org.crampguide.markdown.MarkdownProblems;
import org.crampguide.markdown.TocEntry;

/**
 * Turns {@code #} into {@code ##} after reporting it, and gives each {@code ##} and
 * {@code ###} heading its id. Flexmark creates one per Document, so the ids already used
 * on a page ({@link HeadingIds}) are never shared between bodies.
 */
final class HeadingAnchorPostProcessor extends NodePostProcessor {

	private final HeadingIds ids = new HeadingIds();

	private final MarkdownProblems problems;

	private final List<TocEntry> tableOfContents;

	private HeadingAnchorPostProcessor(Document document) {
		this.problems = MarkdownProblems.of(document);
		this.tableOfContents = HeadingAnchorExtension.TABLE_OF_CONTENTS.get(document);
	}

	@Override
	public void process(NodeTracker state, Node node) {
		Heading heading = (Heading) node;
		String text = new TextCollectingVisitor().collectAndGetText(heading).strip();
		if (heading.getLevel() == 1) {
			this.problems.add(heading, "heading",
					"'# " + text + "' is not allowed: the title is the page's only h1, use ##");
			heading.setLevel(2);
		}
		if (heading.getLevel() <= 3) {
			String id = this.ids.idFor(text);
			heading.setAnchorRefId(id);
			this.tableOfContents.add(new TocEntry(heading.getLevel(), id, text));
		}
	}

	static final class Factory extends NodePostProcessorFactory {

		Factory() {
			super(false);
			addNodes(Heading.class);
		}

		@Override
		public NodePostProcessor apply(Document document) {
			return new HeadingAnchorPostProcessor(document);
		}

	}

}
