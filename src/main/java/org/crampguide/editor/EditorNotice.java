package org.crampguide.editor;

import java.util.List;

import org.crampguide.content.ContentError;
import org.crampguide.content.ErrorOutcome;
import org.crampguide.content.LoadResult;

/**
 * The banner an editor sees above a page whose file has errors.
 *
 * @param file the page's content file
 * @param lastGoodVersion whether the page shows the version from before the broken edit
 * (otherwise it shows the file as it is now, problems and all)
 * @param errors the file's errors, in the order the loader found them
 */
public record EditorNotice(String file, boolean lastGoodVersion, List<ContentError> errors) {

	/**
	 * The notice for {@code file} after {@code load}, or {@code null} when the file has
	 * no errors. Needs no request, so a page renderer can call it for every page.
	 */
	public static EditorNotice of(LoadResult load, String file) {
		List<ContentError> errors = load.errors().stream().filter((error) -> error.file().equals(file)).toList();
		if (errors.isEmpty()) {
			return null;
		}
		return new EditorNotice(file, load.outcome(errors.get(0)) == ErrorOutcome.LAST_GOOD_VERSION_KEPT, errors);
	}

}
