package org.crampguide.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Reads {@code site.yml}: the site name, tagline, home page description and the five
 * sections.
 */
final class SiteReader {

	private static final Set<String> FIELDS = Set.of("name", "tagline", "description", "sections");

	private static final Set<String> SECTION_FIELDS = Set.of("title", "intro", "order");

	private SiteReader() {
	}

	/** Reads the site file, or returns {@code null} after recording errors. */
	static SiteInfo read(SourceFile file, List<ContentError> errors) {
		int before = errors.size();
		YamlFields yaml = YamlFields.parse(file.displayPath(), file.text(), 0, errors);
		if (yaml == null) {
			return null;
		}
		yaml.allowOnly(FIELDS);
		String name = yaml.string("name", true);
		String tagline = yaml.string("tagline", true);
		String description = yaml.string("description", true);
		YamlFields sectionsYaml = yaml.mapping("sections", true);
		List<Section> sections = new ArrayList<>();
		if (sectionsYaml != null) {
			sectionsYaml.allowOnly(Set.copyOf(Slugs.SECTIONS));
			for (String id : Slugs.SECTIONS) {
				YamlFields section = sectionsYaml.mapping(id, true);
				if (section != null) {
					section.allowOnly(SECTION_FIELDS);
					String order = section.string("order", true);
					sections.add(new Section(id, section.string("title", true), section.string("intro", true),
							parseOrder(order, section)));
				}
			}
		}
		sections.sort(Comparator.comparingInt(Section::order));
		return (errors.size() == before) ? new SiteInfo(name, tagline, description, List.copyOf(sections)) : null;
	}

	private static int parseOrder(String order, YamlFields section) {
		try {
			return (order != null) ? Integer.parseInt(order) : 0;
		}
		catch (NumberFormatException ex) {
			section.fieldError("order", "must be a whole number");
			return 0;
		}
	}

}
