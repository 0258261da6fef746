package org.crampguide.content.load;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.crampguide.content.CareSign;
import org.crampguide.content.CareSign.Level;
import org.crampguide.content.CareSigns;
import org.crampguide.content.ContentError;
import org.crampguide.content.HomeContent;

/**
 * Keeps every danger sign at its registered level: expands {@code {{sign:id}}} items,
 * refuses a registered sign at another level or copied out as free text, makes the
 * checklist article list every emergency and urgent sign, and makes every article on a
 * sign's topic show it.
 */
final class CareSignCheck {

	private static final Pattern REFERENCE = Pattern.compile("\\{\\{sign:([^}]*)\\}\\}");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private static final Pattern END_MARK = Pattern.compile("[.;]$");

	private final CareSigns signs;

	private final String file;

	private final int firstLine;

	private final List<ContentError> errors;

	CareSignCheck(CareSigns signs, String file, int firstLine, List<ContentError> errors) {
		this.signs = signs;
		this.file = file;
		this.firstLine = firstLine;
		this.errors = errors;
	}

	/**
	 * The home page's emergency box ({@code emergency.signs} of {@code site.yml}) with
	 * each {@code {{sign:id}}} spelled out; each must name an emergency sign, and no
	 * entry may copy a registered wording.
	 */
	List<String> homeSigns(List<String> entries) {
		return entries.stream().map((entry) -> {
			CalloutItems.Item item = new CalloutItems.Item("EMERGENCY", entry, 0);
			registered(item).filter((sign) -> sign.level() != Level.EMERGENCY)
				.ifPresent((sign) -> error(0, "emergency.signs: sign '" + sign.id() + "' is registered as "
						+ sign.level().written() + ", not emergency"));
			return expand(entry);
		}).toList();
	}

	/**
	 * The home page's care-level lines with each {@code {{sign:id}}} spelled out; a sign
	 * must be registered at the level of its line, and no line may copy a registered
	 * wording. {@code null} stays {@code null} (no home block).
	 */
	HomeContent homeLevels(HomeContent home) {
		if (home == null) {
			return null;
		}
		return home.withLevels(home.help().levels().stream().map((line) -> {
			String level = line.level().written();
			registered(new CalloutItems.Item(level.toUpperCase(Locale.ROOT), line.text(), 0))
				.filter((sign) -> sign.level() != line.level())
				.ifPresent((sign) -> error(0, "home.help." + level + ": sign '" + sign.id() + "' is registered as "
						+ sign.level().written() + ", not " + level));
			return new HomeContent.CareLevel(line.level(), line.heading(), line.label(), expand(line.text()));
		}).toList());
	}

	/** The body with every known {@code {{sign:id}}} replaced by the sign's wording. */
	String expand(String body) {
		Matcher reference = REFERENCE.matcher(body);
		StringBuilder expanded = new StringBuilder();
		while (reference.find()) {
			String text = this.signs.sign(reference.group(1)).map(CareSign::text).orElse(reference.group());
			reference.appendReplacement(expanded, Matcher.quoteReplacement(text));
		}
		return reference.appendTail(expanded).toString();
	}

	/**
	 * Checks the signs of {@code body}.
	 * @param path the page's site path
	 * @param tags the article's tags, empty for pages
	 */
	void check(String body, String path, List<String> tags) {
		Set<String> shown = new HashSet<>();
		String[] lines = body.split("\n", -1);
		List<CalloutItems.Item> items = CalloutItems.of(body);
		Set<Integer> itemLines = new HashSet<>();
		items.forEach((item) -> itemLines.add(item.line()));
		for (int i = 0; i < lines.length; i++) {
			if (lines[i].contains("{{sign:") && REFERENCE.matcher(lines[i]).find() && !itemLines.contains(i)) {
				error(i, "{{sign:...}} can only be a whole callout item: > - {{sign:id}}");
			}
		}
		for (CalloutItems.Item item : items) {
			registered(item).ifPresent((sign) -> {
				String level = sign.level().written();
				if (!item.marker().toLowerCase(Locale.ROOT).equals(level)) {
					error(item.line(), "sign '" + sign.id() + "' is registered as " + level + " in content/"
							+ CareSignReader.FILE + " but listed in a [!" + item.marker() + "] callout");
				}
				else {
					shown.add(sign.id());
				}
			});
		}
		for (CareSign sign : this.signs.all()) {
			if (shown.contains(sign.id())) {
				continue;
			}
			if (path.equals(this.signs.checklist()) && sign.level() != Level.SEE_A_DOCTOR) {
				error(0, "must list every emergency and urgent sign; add > - {{sign:" + sign.id() + "}} to a [!"
						+ sign.level().written().toUpperCase(Locale.ROOT) + "] callout");
			}
			for (String topic : sign.topics()) {
				if (tags.contains(topic)) {
					error(0, "is tagged '" + topic + "', so it must show sign '" + sign.id() + "': add > - {{sign:"
							+ sign.id() + "}} to a [!" + sign.level().written().toUpperCase(Locale.ROOT) + "] callout");
					break;
				}
			}
		}
	}

	/**
	 * The sign an item names, or whose wording it copies (which is an error of its own).
	 */
	private Optional<CareSign> registered(CalloutItems.Item item) {
		Matcher reference = REFERENCE.matcher(item.text());
		if (reference.matches()) {
			Optional<CareSign> sign = this.signs.sign(reference.group(1));
			if (sign.isEmpty()) {
				error(item.line(), "sign '" + reference.group(1) + "' is not in content/" + CareSignReader.FILE);
			}
			return sign;
		}
		String text = normalized(item.text());
		Optional<CareSign> copied = this.signs.all()
			.stream()
			.filter((sign) -> normalized(sign.text()).equals(text))
			.findFirst();
		copied.ifPresent((sign) -> error(item.line(),
				"repeats the wording of sign '" + sign.id() + "'; write > - {{sign:" + sign.id() + "}} instead"));
		return copied;
	}

	private static String normalized(String text) {
		// Compiled once: this runs for every registered sign against every callout item.
		String spaced = SPACES.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ");
		return END_MARK.matcher(spaced).replaceAll("").strip();
	}

	private void error(int bodyLine, String message) {
		this.errors.add(new ContentError(this.file, this.firstLine + bodyLine, "callout", message));
	}

}
