package org.crampguide.content;

import java.util.ArrayList;
import java.util.List;

/**
 * The home page's own words ({@code home} in {@code site.yml}): what to do for a cramp
 * right now and when to get help, both on a phone's first screen, then how many articles
 * each section card shows and the common questions. Medical words live here, where
 * editors review them, never in templates.
 *
 * @param stop the first steps for a cramp, linked to the full article
 * @param help the three care levels, linked to the checklist of warning signs
 * @param articlesPerSection how many articles each section card lists, in section order
 * @param questions common questions, each a link to the article that answers it
 */
public record HomeContent(Steps stop, CareLevels help, int articlesPerSection, Questions questions) {

	/**
	 * @param title the box heading, e.g. "Stop a cramp now"
	 * @param steps two or three short steps, in order
	 * @param link the site path of the full article
	 * @param linkText the words of that link
	 */
	public record Steps(String title, List<String> steps, String link, String linkText) {
	}

	/**
	 * One line for each care level, shown under that level's callout heading.
	 *
	 * @param title the box heading, e.g. "When to get help"
	 * @param levels emergency, urgent and see-a-doctor, in that order
	 * @param link the site path of the full list of warning signs
	 * @param linkText the words of that link
	 */
	public record CareLevels(String title, List<CareLevel> levels, String link, String linkText) {
	}

	/**
	 * @param level the care level
	 * @param heading that level's callout heading from {@code callouts}, e.g. "See a
	 * doctor if:"
	 * @param label the hidden label for screen readers, e.g. "Non-urgent advice"
	 * @param text the line, with any {@code {{sign:id}}} spelled out
	 */
	public record CareLevel(CareSign.Level level, String heading, String label, String text) {

		/** The CSS modifier and callout marker, e.g. {@code see-a-doctor}. */
		public String kind() {
			return this.level.written();
		}

	}

	/**
	 * @param title the list heading, e.g. "Common questions"
	 * @param items the questions in order
	 */
	public record Questions(String title, List<Question> items) {
	}

	/**
	 * @param text the question as a reader would ask it
	 * @param link the site path of the article that answers it
	 */
	public record Question(String text, String link) {
	}

	/** Every site path the home block links to, for the link check. */
	public List<String> links() {
		List<String> links = new ArrayList<>(List.of(this.stop.link(), this.help.link()));
		this.questions.items().forEach((question) -> links.add(question.link()));
		return links;
	}

	/** The same block with the care-level lines replaced (signs spelled out). */
	public HomeContent withLevels(List<CareLevel> levels) {
		return new HomeContent(this.stop,
				new CareLevels(this.help.title(), levels, this.help.link(), this.help.linkText()),
				this.articlesPerSection, this.questions);
	}

}
