package org.crampguide.markdown;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * A paragraph that held nothing but an image and its credit, replaced by the figure it
 * describes.
 */
final class FigureNode extends Block {

	private final Figure figure;

	FigureNode(Figure figure) {
		this.figure = figure;
	}

	Figure figure() {
		return this.figure;
	}

	@Override
	public BasedSequence[] getSegments() {
		return EMPTY_SEGMENTS;
	}

}
