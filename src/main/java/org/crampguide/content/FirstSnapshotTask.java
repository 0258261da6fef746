package org.crampguide.content;

import org.springframework.core.Ordered;

/**
 * Work a feature does for the first snapshot as soon as it is loaded, off the request
 * path; {@link FirstSnapshotWork} runs the tasks one after another, lowest order first.
 */
public interface FirstSnapshotTask extends Ordered {

	void prepare(ContentSnapshot first);

}
