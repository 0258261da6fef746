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
	private static boolean isTitleCase(String title) {
		String[] words = title.split("\\s+");
		int longWords = 0;
		int capitalised = 0;
		for (String word : words) {
			String letters = word.replaceAll("[^\\p{L}]", "");
			if (letters.length() >= 4) {
				longWords++;
				if (Character.isUpperCase(letters.codePointAt(0))) {
					capitalised++;
				}
			}
		}
		return longWords >= 4 && capitalised == longWords;
	}

	private static void lengthBetween(YamlFields yaml, String field, String value, int min, int max) {
		int length = value.codePointCount(0, value.length());
		if (length < min || length > max) {
			yaml.fieldError(field, "must be " + min + " to " + max + " characters, found " + length);
		}
	}

}
