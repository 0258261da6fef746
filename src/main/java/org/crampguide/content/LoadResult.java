package org.crampguide.content;

import java.util.List;
import java.util.Set;

/**
 * What one load of the content tree produced.
 *
 * @param snapshot the site to serve: every valid file, plus the last good version of any
 * file that broke
 * @param errors every problem found, empty when the content is clean
 * @param keptFiles the files that broke and are served in their last good version
 */
public record LoadResult(ContentSnapshot snapshot, List<ContentError> errors, Set<String> keptFiles) {

	public LoadResult {
		errors = List.copyOf(errors);
		keptFiles = Set.copyOf(keptFiles);
	}

	/** A load in which no broken file had a last good version. */
	public LoadResult(ContentSnapshot snapshot, List<ContentError> errors) {
		this(snapshot, errors, Set.of());
	}

	/** What {@code error} did to its file. */
	public ErrorOutcome outcome(ContentError error) {
		if (this.keptFiles.contains(error.file())) {
			return ErrorOutcome.LAST_GOOD_VERSION_KEPT;
		}
		return this.snapshot.serves(error.file()) ? ErrorOutcome.STILL_SERVED : ErrorOutcome.LEFT_OUT;
	}

}
