package org.crampguide.content;

import java.util.List;
import java.util.Map;

import org.crampguide.markdown.CalloutHeading;
import org.crampguide.markdown.CalloutKind;

/**
 * What {@code site.yml} says about the site as a whole: every fact that editors review
 * and that no article owns. Nothing medical or editorial is written in code or templates.
 *
 * @param name the site name
 * @param tagline one line under the name
 * @param description a few sentences on what cramps are, shown on the home page
 * @param notice the line in every page's footer (not medical advice; the emergency
 * number)
 * @param sections the sections in navigation order; the only list of them
 * @param footer slugs of the pages linked from every footer, in order
 * @param tags the tag vocabulary articles choose from
 * @param emergency the home page's emergency box and the error page's advice
 * @param callouts the heading of each callout kind
 * @param condition what articles are about, for JSON-LD
 * @param rules the writing rules checked when content loads
 * @param home the home page's words; {@code null} when {@code site.yml} has no
 * {@code home} block
 */
public record SiteDescription(String name, String tagline, String description, String notice, List<Section> sections,
		List<String> footer, List<String> tags, Emergency emergency, Map<CalloutKind, CalloutHeading> callouts,
		Condition condition, WritingRules rules, HomeContent home) {

	public Section section(String id) {
		return this.sections.stream().filter((section) -> section.id().equals(id)).findFirst().orElse(null);
	}

	public boolean hasSection(String id) {
		return section(id) != null;
	}

	/** The section ids in navigation order. */
	public List<String> sectionIds() {
		return this.sections.stream().map(Section::id).toList();
	}

	/**
	 * The same description with the home page's signs spelled out: the emergency box and
	 * the care-level lines.
	 */
	public SiteDescription withHomeSigns(List<String> signs, HomeContent home) {
		return new SiteDescription(this.name, this.tagline, this.description, this.notice, this.sections, this.footer,
				this.tags, new Emergency(this.emergency.advice(), List.copyOf(signs)), this.callouts, this.condition,
				this.rules, home);
	}

	/** The heading of the emergency callout, also used by the home page's box. */
	public CalloutHeading emergencyHeading() {
		return this.callouts.get(CalloutKind.EMERGENCY);
	}

	/**
	 * Emergency advice outside articles.
	 *
	 * @param advice one sentence for error pages, e.g. "If you need medical help now,
	 * call 911 ..."
	 * @param signs the signs listed in the home page's emergency box
	 */
	public record Emergency(String advice, List<String> signs) {
	}

	/**
	 * The condition every article is about, for {@code MedicalCondition} in JSON-LD.
	 *
	 * @param name its name
	 * @param alternateNames other names readers use
	 */
	public record Condition(String name, List<String> alternateNames) {
	}

	/**
	 * Editorial rules that are checked when content loads, so writers see them at once.
	 *
	 * @param minWords the fewest words an article may have
	 * @param maxWords the most words an article may have
	 * @param maxImportantCallouts how many {@code [!IMPORTANT]} callouts a page may have
	 */
	public record WritingRules(int minWords, int maxWords, int maxImportantCallouts) {
	}

}
