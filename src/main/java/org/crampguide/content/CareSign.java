package org.crampguide.content;

import java.util.List;
import java.util.Locale;

/**
 * A danger sign written once, at one care level, in {@code content/care-signs.yml}.
 * Callouts use it by name ({@code {{sign:id}}}), so the same sign never appears in two
 * wordings or at two levels.
 *
 * @param id the name callouts use, e.g. {@code clot-in-lung}
 * @param level how urgently a reader with this sign needs care
 * @param text the exact wording, as a callout item
 * @param topics tags whose articles must show this sign
 * @param terms what readers type when they have this sign, each a few words that must all
 * appear in a search (in any order, stemmed), e.g. {@code stiff jaw}
 */
public record CareSign(String id, Level level, String text, List<String> topics, List<String> terms) {

	/** A sign that search does not look for. */
	public CareSign(String id, Level level, String text, List<String> topics) {
		this(id, level, text, topics, List.of());
	}

	/** The three care levels, matching the callout kinds of the same names. */
	public enum Level {

		EMERGENCY, URGENT, SEE_A_DOCTOR;

		/**
		 * As written in files: {@code emergency}, {@code urgent}, {@code see-a-doctor}.
		 */
		public String written() {
			return name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

		public static Level fromWritten(String value) {
			for (Level level : values()) {
				if (level.written().equals(value)) {
					return level;
				}
			}
			return null;
		}

	}

}
