package org.crampguide.markdown.figure;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.crampguide.markdown.Figure;

/**
 * A paragraph that held nothing but an image and its credit, replaced by the figure it
 * describes.
 */
public final class FigureNode extends Block {

	private final Figure figure;

	FigureNode(Figure figure) {
		this.figure = figure;
	}

	public Figure figure() {
		return this.figure;
	}

	@Override
	public BasedSequence[] getSegments() {
		return EMPTY_SEGMENTS;
	}

}
