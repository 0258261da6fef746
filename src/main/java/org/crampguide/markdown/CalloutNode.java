package org.crampguide.markdown;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * A blockquote that opened with a {@code [!KIND]} line, now holding only the callout's
 * content.
 */
final class CalloutNode extends Block {

	private final CalloutKind kind;

	private final CalloutHeading heading;

	CalloutNode(CalloutKind kind, CalloutHeading heading) {
		this.kind = kind;
		this.heading = heading;
	}

	CalloutHeading heading() {
		return this.heading;
	}

	CalloutKind kind() {
		return this.kind;
	}

	@Override
	public BasedSequence[] getSegments() {
		return EMPTY_SEGMENTS;
	}

}
