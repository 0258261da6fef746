package org.crampguide.content.load;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.crampguide.content.ContentError;

/**
 * Names list entries the way a writer counts them: {@code sources[1].url} is reported as
 * field {@code source 1} with a message that starts with {@code url}, so the log says
 * "source 1 (line 17): url must start with https://".
 */
final class ListEntryNames {

	/** {@code sources[1]} or {@code sources[1].url}, possibly after a parent's prefix. */
	private static final Pattern LIST_ENTRY = Pattern.compile("(.*?)([A-Za-z]+)\\[(\\d+)\\](?:\\.(.+))?");

	private ListEntryNames() {
	}

	static ContentError error(String file, int line, String field, String message, String hint) {
		Matcher entry = LIST_ENTRY.matcher(field);
		if (!entry.matches()) {
			return new ContentError(file, line, field, message, hint);
		}
		String entryName = singular(entry.group(2)) + " " + entry.group(3);
		String inEntry = (entry.group(4) != null) ? entry.group(4) + " " + message : message;
		return new ContentError(file, line, entry.group(1) + entryName, inEntry, hint);
	}

	private static String singular(String name) {
		if (name.endsWith("ies")) {
			return name.substring(0, name.length() - 3) + "y";
		}
		return name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
	}

}
