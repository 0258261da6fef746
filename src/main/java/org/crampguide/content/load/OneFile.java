package org.crampguide.content.load;

import java.util.List;
import java.util.function.Supplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.crampguide.content.ContentError;

/**
 * Reads one content file so that nothing thrown while reading it, not even an
 * {@link Error} such as {@link StackOverflowError}, takes the rest of the site down: the
 * file is left out (or its last good version kept) with a content error naming it.
 */
final class OneFile {

	private static final Log logger = LogFactory.getLog(OneFile.class);

	private OneFile() {
	}

	static <T> T read(SourceFile file, List<ContentError> errors, Supplier<T> reader) {
		try {
			return reader.get();
		}
		catch (Throwable ex) {
			// Whatever one file did is unwound by now: its stack and its allocations are
			// gone, so the other files can still be read.
			logger.error("Could not read " + file.displayPath() + "; it is left out",
					(ex instanceof VirtualMachineError) ? null : ex);
			errors.add(new ContentError(file.displayPath(), 1, "file",
					"could not be read (" + ex.getClass().getSimpleName() + "); it is left out"));
			return null;
		}
	}

}
