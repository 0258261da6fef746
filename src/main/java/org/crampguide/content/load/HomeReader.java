package org.crampguide.content.load;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.crampguide.content.CareSign.Level;
import org.crampguide.content.HomeContent;
import org.crampguide.content.HomeContent.CareLevel;
import org.crampguide.content.HomeContent.CareLevels;
import org.crampguide.content.HomeContent.Question;
import org.crampguide.content.HomeContent.Questions;
import org.crampguide.content.HomeContent.Steps;
import org.crampguide.markdown.CalloutHeading;
import org.crampguide.markdown.CalloutKind;

/**
 * Reads the {@code home} block of {@code site.yml}. Care-level lines keep their
 * {@code {{sign:id}}} here; the loader spells them out once the sign registry is read,
 * and checks the links once the articles are.
 */
final class HomeReader {

	private static final Set<String> FIELDS = Set.of("stop", "help", "articlesPerSection", "questions");

	private static final Set<String> LINK_FIELDS = Set.of("title", "link", "linkText");

	private static final Map<Level, CalloutKind> CALLOUT = Map.of(Level.EMERGENCY, CalloutKind.EMERGENCY, Level.URGENT,
			CalloutKind.URGENT, Level.SEE_A_DOCTOR, CalloutKind.SEE_A_DOCTOR);

	private HomeReader() {
	}

	/** The block, or {@code null} when there is none or it has errors (recorded). */
	static HomeContent read(YamlFields site, Map<CalloutKind, CalloutHeading> callouts) {
		YamlFields home = site.mapping("home", false);
		if (home == null) {
			return null;
		}
		home.allowOnly(FIELDS);
		Steps stop = steps(home.mapping("stop", true));
		CareLevels help = help(home.mapping("help", true), callouts);
		int perSection = articlesPerSection(home);
		Questions questions = questions(home.mapping("questions", true));
		return (stop != null && help != null && questions != null) ? new HomeContent(stop, help, perSection, questions)
				: null;
	}

	private static Steps steps(YamlFields stop) {
		if (stop == null) {
			return null;
		}
		stop.allowOnly(Set.of("title", "steps", "link", "linkText"));
		List<String> steps = stop.stringList("steps", true);
		if (stop.has("steps") && (steps.size() < 2 || steps.size() > 3)) {
			stop.fieldError("steps", "needs 2 or 3 steps (the ones that help most), found " + steps.size());
		}
		return new Steps(stop.string("title", true), List.copyOf(steps), link(stop), stop.string("linkText", true));
	}

	private static CareLevels help(YamlFields help, Map<CalloutKind, CalloutHeading> callouts) {
		if (help == null) {
			return null;
		}
		Set<String> fields = new HashSet<>(LINK_FIELDS);
		List<CareLevel> levels = new ArrayList<>();
		for (Level level : Level.values()) {
			fields.add(level.written());
			CalloutHeading heading = callouts.get(CALLOUT.get(level));
			String text = help.string(level.written(), true);
			if (heading != null && text != null) {
				levels.add(new CareLevel(level, heading.text(), heading.label(), text));
			}
		}
		help.allowOnly(fields);
		return new CareLevels(help.string("title", true), List.copyOf(levels), link(help),
				help.string("linkText", true));
	}

	private static int articlesPerSection(YamlFields home) {
		String value = home.string("articlesPerSection", true);
		try {
			int number = (value != null) ? Integer.parseInt(value) : 4;
			if (number >= 1 && number <= 24) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		if (value != null) {
			home.fieldError("articlesPerSection", "must be a whole number from 1 to 24");
		}
		return 4;
	}

	private static Questions questions(YamlFields questions) {
		if (questions == null) {
			return null;
		}
		questions.allowOnly(Set.of("title", "items"));
		List<Question> items = new ArrayList<>();
		for (YamlFields item : questions.mappingList("items", true)) {
			item.allowOnly(Set.of("text", "link"));
			items.add(new Question(item.string("text", true), link(item)));
		}
		return new Questions(questions.string("title", true), List.copyOf(items));
	}

	private static String link(YamlFields yaml) {
		String link = yaml.string("link", true);
		if (link != null && !link.matches("/[a-z0-9/-]*")) {
			yaml.fieldError("link", "must be a site path such as /treatments/stop-a-cramp-now");
		}
		return link;
	}

}
