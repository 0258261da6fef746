package org.crampguide.content.load;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bullet items of each {@code > [!KIND]} callout in a body's source, with their
 * lines, so care signs can be checked where the writer wrote them.
 */
final class CalloutItems {

	private static final Pattern MARKER = Pattern.compile("^>\\s*\\[!([A-Z-]+)\\]\\s*$");

	private static final Pattern ITEM = Pattern.compile("^>\\s*[-*+]\\s+(.*)$");

	private static final Pattern CONTINUATION = Pattern.compile("^>\\s+(\\S.*)$");

	private CalloutItems() {
	}

	/**
	 * One callout item.
	 *
	 * @param marker the callout's marker, e.g. {@code EMERGENCY}
	 * @param text the item's text, continuation lines joined with spaces
	 * @param line the 0-based body line the item starts on
	 */
	record Item(String marker, String text, int line) {
	}

	static List<Item> of(String body) {
		List<Item> items = new ArrayList<>();
		String[] lines = body.split("\n", -1);
		String marker = null;
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i];
			if (!line.startsWith(">")) {
				marker = null;
				continue;
			}
			Matcher opening = MARKER.matcher(line);
			if (opening.matches()) {
				marker = opening.group(1);
				continue;
			}
			if (marker == null) {
				continue;
			}
			Matcher item = ITEM.matcher(line);
			Matcher continuation = CONTINUATION.matcher(line);
			if (item.matches()) {
				items.add(new Item(marker, item.group(1).strip(), i));
			}
			else if (continuation.matches() && !items.isEmpty() && items.get(items.size() - 1).marker() == marker) {
				Item last = items.remove(items.size() - 1);
				items.add(new Item(marker, last.text() + " " + continuation.group(1).strip(), last.line()));
			}
		}
		return items;
	}

}
