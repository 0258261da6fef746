package org.crampguide.content.load;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.crampguide.content.ArticleOrder;
import org.crampguide.content.ContentError;
import org.crampguide.content.ContentException;
import org.crampguide.content.ContentSnapshot;
import org.crampguide.content.HomeContent;
import org.crampguide.content.Section;
import org.crampguide.content.SitePaths;
import org.crampguide.content.SiteDescription;
import org.crampguide.content.SiteDescription.Condition;
import org.crampguide.content.SiteDescription.Emergency;
import org.crampguide.content.SiteDescription.WritingRules;
import org.crampguide.content.Slugs;
import org.crampguide.markdown.CalloutHeading;
import org.crampguide.markdown.CalloutKind;

/**
 * Reads {@code site.yml}: the site's name and words, its sections, footer pages, tag
 * vocabulary, emergency advice, callout headings, the condition it is about and the home
 * page's words ({@link HomeReader}).
 */
final class SiteReader {

	private static final Set<String> FIELDS = Set.of("name", "tagline", "description", "notice", "sections", "footer",
			"tags", "emergency", "callouts", "condition", "rules", "home");

	private static final Set<String> SECTION_FIELDS = Set.of("title", "intro", "order", "articleOrder");

	private SiteReader() {
	}

	/**
	 * Reads {@code site.yml}, or keeps the previous snapshot's when it is broken; with no
	 * good version at all the site cannot start.
	 */
	static SiteDescription readOrKeep(Map<String, byte[]> files, ContentSnapshot previous, List<ContentError> errors) {
		byte[] bytes = files.get("site.yml");
		SiteDescription site = null;
		if (bytes == null) {
			errors.add(new ContentError("content/site.yml", 1, "site.yml", "is missing"));
		}
		else {
			site = read(new SourceFile("site.yml", bytes), errors);
		}
		if (site == null && previous != null) {
			return previous.site();
		}
		if (site == null) {
			throw new ContentException(errors);
		}
		return site;
	}

	/** Reads the site file, or returns {@code null} after recording errors. */
	static SiteDescription read(SourceFile file, List<ContentError> errors) {
		int before = errors.size();
		String text = file.checkedText(errors);
		YamlFields yaml = (text != null) ? YamlParser.parse(file.displayPath(), text, 0, errors) : null;
		if (yaml == null) {
			return null;
		}
		yaml.allowOnly(FIELDS);
		String name = yaml.string("name", true);
		String tagline = yaml.string("tagline", true);
		String description = yaml.string("description", true);
		String notice = yaml.string("notice", true);
		List<Section> sections = sections(yaml);
		List<String> footer = slugs(yaml, "footer");
		List<String> tags = slugs(yaml, "tags");
		Emergency emergency = emergency(yaml);
		Map<CalloutKind, CalloutHeading> callouts = callouts(yaml);
		Condition condition = condition(yaml);
		WritingRules rules = rules(yaml);
		boolean valid = errors.size() == before;
		// A broken home block is reported and left out; the rest of the site still loads.
		int beforeHome = errors.size();
		HomeContent home = HomeReader.read(yaml, callouts);
		home = (errors.size() == beforeHome) ? home : null;
		return valid ? new SiteDescription(name, tagline, description, notice, sections, footer, tags, emergency,
				callouts, condition, rules, home) : null;
	}

	private static List<Section> sections(YamlFields yaml) {
		YamlFields sectionsYaml = yaml.mapping("sections", true);
		List<Section> sections = new ArrayList<>();
		if (sectionsYaml == null) {
			return sections;
		}
		for (String id : sectionsYaml.keys()) {
			YamlFields section = sectionsYaml.mapping(id, true);
			if (!Slugs.isSlug(id)) {
				sectionsYaml.fieldError(id, "a section id must be lowercase letters, digits and hyphens");
			}
			else if (SitePaths.isReserved(id)) {
				sectionsYaml.fieldError(id, "'" + id + "' is a path the site uses itself; choose another section id");
			}
			else if (section != null) {
				section.allowOnly(SECTION_FIELDS);
				sections.add(new Section(id, section.string("title", true), section.string("intro", true),
						order(section), articleOrder(section)));
			}
		}
		if (sections.isEmpty()) {
			yaml.fieldError("sections", "needs at least one section");
		}
		sections.sort(Comparator.comparingInt(Section::order));
		return List.copyOf(sections);
	}

	private static List<String> slugs(YamlFields yaml, String field) {
		List<String> values = yaml.stringList(field, true);
		values.stream()
			.filter((value) -> !Slugs.isSlug(value))
			.forEach(
					(value) -> yaml.fieldError(field, "'" + value + "' must be lowercase letters, digits and hyphens"));
		return List.copyOf(values);
	}

	private static Emergency emergency(YamlFields yaml) {
		YamlFields emergency = yaml.mapping("emergency", true);
		if (emergency == null) {
			return null;
		}
		emergency.allowOnly(Set.of("advice", "signs"));
		return new Emergency(emergency.string("advice", true), List.copyOf(emergency.stringList("signs", true)));
	}

	private static Map<CalloutKind, CalloutHeading> callouts(YamlFields yaml) {
		YamlFields callouts = yaml.mapping("callouts", true);
		Map<CalloutKind, CalloutHeading> headings = new EnumMap<>(CalloutKind.class);
		if (callouts == null) {
			return headings;
		}
		Set<String> markers = Set.of("emergency", "urgent", "see-a-doctor", "important", "tip");
		callouts.allowOnly(markers);
		for (CalloutKind kind : CalloutKind.values()) {
			YamlFields callout = callouts.mapping(kind.marker().toLowerCase(Locale.ROOT), true);
			if (callout != null) {
				callout.allowOnly(Set.of("label", "heading"));
				headings.put(kind, new CalloutHeading(callout.string("label", true), callout.string("heading", true)));
			}
		}
		return headings;
	}

	private static Condition condition(YamlFields yaml) {
		YamlFields condition = yaml.mapping("condition", true);
		if (condition == null) {
			return null;
		}
		condition.allowOnly(Set.of("name", "alternateNames"));
		return new Condition(condition.string("name", true),
				List.copyOf(condition.stringList("alternateNames", false)));
	}

	private static WritingRules rules(YamlFields yaml) {
		YamlFields rules = yaml.mapping("rules", true);
		if (rules == null) {
			return null;
		}
		rules.allowOnly(Set.of("minWords", "maxWords", "maxImportantCallouts"));
		return new WritingRules(number(rules, "minWords"), number(rules, "maxWords"),
				number(rules, "maxImportantCallouts"));
	}

	private static ArticleOrder articleOrder(YamlFields section) {
		String value = section.string("articleOrder", false);
		ArticleOrder order = (value != null) ? ArticleOrder.fromWritten(value) : ArticleOrder.MANUAL;
		if (order == null) {
			section.fieldError("articleOrder", "must be manual (by each article's order, then title) or title");
			return ArticleOrder.MANUAL;
		}
		return order;
	}

	private static int order(YamlFields section) {
		return number(section, "order");
	}

	private static int number(YamlFields yaml, String field) {
		String value = yaml.string(field, true);
		try {
			return (value != null) ? Integer.parseInt(value) : 0;
		}
		catch (NumberFormatException ex) {
			yaml.fieldError(field, "must be a whole number");
			return 0;
		}
	}

}
