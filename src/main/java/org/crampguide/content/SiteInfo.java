package org.crampguide.content;

import java.util.List;

/**
 * What {@code site.yml} says about the site as a whole.
 *
 * @param name the site name
 * @param tagline one line under the name
 * @param description a few sentences on what cramps are, shown on the home page
 * @param sections the five sections in navigation order
 */
public record SiteInfo(String name, String tagline, String description, List<Section> sections) {

	public Section section(String id) {
		return this.sections.stream().filter((section) -> section.id().equals(id)).findFirst().orElse(null);
	}

}
