package org.crampguide.content;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown in strict mode when the content tree has errors, so that bad content fails the
 * build.
 */
public class ContentException extends RuntimeException {

	private final transient List<ContentError> errors;

	public ContentException(List<ContentError> errors) {
		super(errors.size() + " content error(s):\n"
				+ errors.stream().map(ContentError::toString).collect(Collectors.joining("\n")));
		this.errors = List.copyOf(errors);
	}

	/** The errors, each naming file, line and field. */
	public List<ContentError> errors() {
		return this.errors;
	}

}
