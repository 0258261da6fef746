package org.crampguide.content.load;

/**
 * Rules shared by articles and pages for their title and summary.
 */
final class TitleAndSummaryRules {

	private TitleAndSummaryRules() {
	}

	static String title(YamlFields yaml) {
		String title = yaml.string("title", true);
		if (title != null) {
			lengthBetween(yaml, "title", title, 10, 70);
			if (!Character.isUpperCase(title.codePointAt(0)) && !Character.isDigit(title.codePointAt(0))) {
				yaml.fieldError("title", "must be in sentence case, starting with a capital letter");
			}
			else if (isTitleCase(title)) {
				yaml.fieldError("title", "must be in sentence case (only the first word and names capitalised)");
			}
		}
		return title;
	}

	static String summary(YamlFields yaml) {
		String summary = yaml.string("summary", true);
		if (summary != null) {
			lengthBetween(yaml, "summary", summary, 50, 160);
		}
		return summary;
	}

	/**
	 * Four or more long words, all capitalised, as in "Why Muscles Cramp During Sleep";
	 * names alone stay allowed.
	 */
	static boolean isTitleCase(String title) {
		// Words split at whitespace, counted in the letters each holds (their UTF-16
		// length): one pass instead of two patterns per word of every title of a load.
		int longWords = 0;
		int capitalised = 0;
		int letters = 0;
		int first = 0;
		for (int i = 0; i <= title.length();) {
			int c = (i < title.length()) ? title.codePointAt(i) : ' ';
			if (isSeparator(c)) {
				if (letters >= 4) {
					longWords++;
					capitalised += Character.isUpperCase(first) ? 1 : 0;
				}
				letters = 0;
			}
			else if (Character.isLetter(c)) {
				first = (letters == 0) ? c : first;
				letters += Character.charCount(c);
			}
			i += Character.charCount(c);
		}
		return longWords >= 4 && capitalised == longWords;
	}

	/** What the pattern {@code \\s} matches. */
	private static boolean isSeparator(int c) {
		return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
	}

	private static void lengthBetween(YamlFields yaml, String field, String value, int min, int max) {
		int length = value.codePointCount(0, value.length());
		if (length < min || length > max) {
			yaml.fieldError(field, "must be " + min + " to " + max + " characters, found " + length);
		}
	}

}
