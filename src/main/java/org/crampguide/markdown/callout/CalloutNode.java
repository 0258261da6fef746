package org.crampguide.markdown.callout;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.crampguide.markdown.CalloutHeading;
import org.crampguide.markdown.CalloutKind;

/**
 * A blockquote that opened with a {@code [!KIND]} line, now holding only the callout's
 * content.
 */
public final class CalloutNode extends Block {

	private final CalloutKind kind;

	private final CalloutHeading heading;

	CalloutNode(CalloutKind kind, CalloutHeading heading) {
		this.kind = kind;
		this.heading = heading;
	}

	public CalloutKind kind() {
		return this.kind;
	}

	CalloutHeading heading() {
		return this.heading;
	}

	@Override
	public BasedSequence[] getSegments() {
		return EMPTY_SEGMENTS;
	}

}
