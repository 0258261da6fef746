package org.crampguide.content;

import org.springframework.core.Ordered;

/**
 * Work a feature does for the first snapshot off the request path;
 * {@link FirstSnapshotWork} runs the tasks one after another, lowest order first: those
 * the first answer needs as soon as the snapshot is loaded, the others once the
 * {@link FirstAnswer} has been given.
 */
public interface FirstSnapshotTask extends Ordered {

	void prepare(ContentSnapshot first);

	/** Whether the first request may need this work, so it cannot wait for the answer. */
	default boolean neededByFirstAnswer() {
		return false;
	}

}
