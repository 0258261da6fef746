package org.crampguide.markdown.callout;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import org.crampguide.markdown.CalloutKind;
import org.crampguide.markdown.MarkdownProblems;
import org.crampguide.markdown.RenderContext;

/**
 * Replaces a blockquote that opens with a {@code [!KIND]} line by a {@link CalloutNode}
 * holding the rest of its content, and reports a marker that names no kind. No later
 * post-processor looks for callouts, so the node tracker is not told of them.
 */
final class CalloutPostProcessor extends NodePostProcessor {

	private static final Pattern MARKER = Pattern.compile("^\\s*\\[!([A-Za-z-]+)]\\s*(?:\\n|$)");

	private final RenderContext context;

	private final MarkdownProblems problems;

	private CalloutPostProcessor(Document document) {
		this.context = RenderContext.KEY.get(document);
		this.problems = MarkdownProblems.of(document);
	}

	@Override
	public void process(NodeTracker state, Node node) {
		if (!(node.getFirstChild() instanceof Paragraph first)) {
			return;
		}
		Matcher marker = MARKER.matcher(first.getChars().toString());
		if (!marker.find()) {
			return;
		}
		Optional<CalloutKind> kind = CalloutKind.fromMarker(marker.group(1));
		if (kind.isEmpty()) {
			this.problems.add(node, "callout", "[!" + marker.group(1)
					+ "] is not a callout kind (use EMERGENCY, URGENT, SEE-A-DOCTOR, IMPORTANT or TIP)");
			return;
		}
		removeMarkerLine(first);
		CalloutNode callout = new CalloutNode(kind.get(), this.context.heading(kind.get()));
		callout.takeChildren(node);
		node.insertBefore(callout);
		node.unlink();
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

	static final class Factory extends NodePostProcessorFactory {

		Factory() {
			super(false);
			addNodes(BlockQuote.class);
		}

		@Override
		public NodePostProcessor apply(Document document) {
			return new CalloutPostProcessor(document);
		}

	}

}
