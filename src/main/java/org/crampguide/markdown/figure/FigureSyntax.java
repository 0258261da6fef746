package org.crampguide.markdown.figure;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the brace block that follows a figure image: {@code {credit="..." license="..."
 * source="..."}}. It is read from the source text, not from parsed inlines, because
 * typographic quotes would otherwise have turned its quote marks into curly ones.
 */
final class FigureSyntax {

	// Possessive quantifiers: a greedy repeated group recurses once per repetition, so a
	// block of 20,000 pairs would overflow the stack.
	private static final Pattern BLOCK = Pattern.compile("\\{((?:\\s*+[a-zA-Z]++=\"[^\"]*+\")*+)\\s*+}");

	private static final Pattern PAIR = Pattern.compile("([a-zA-Z]+)=\"([^\"]*)\"");

	private FigureSyntax() {
	}

	/**
	 * The attributes of {@code text}, or {@code null} when it is not exactly one brace
	 * block.
	 */
	static Map<String, String> parseAttributes(String text) {
		Matcher block = BLOCK.matcher(text.strip());
		if (!block.matches()) {
			return null;
		}
		Map<String, String> attributes = new LinkedHashMap<>();
		Matcher pair = PAIR.matcher(block.group(1));
		while (pair.find()) {
			attributes.put(pair.group(1), pair.group(2).strip());
		}
		return attributes;
	}

}
