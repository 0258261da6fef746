package org.crampguide.content.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.crampguide.content.CareSign;
import org.crampguide.content.CareSign.Level;
import org.crampguide.content.CareSigns;
import org.crampguide.content.ContentError;
import org.crampguide.content.ContentSnapshot;
import org.crampguide.content.SiteDescription;
import org.crampguide.content.Slugs;

/**
 * Reads {@code content/care-signs.yml}: each sign's level, wording and topics, checked
 * like every other content file.
 */
final class CareSignReader {

	static final String FILE = "care-signs.yml";

	private CareSignReader() {
	}

	/** The registry, or the previous snapshot's when this one is broken. */
	static CareSigns readOrKeep(Map<String, byte[]> files, SiteDescription site, ContentSnapshot previous,
			List<ContentError> errors) {
		CareSigns signs = read(files, site, errors);
		if (signs == null) {
			return (previous != null) ? previous.careSigns() : CareSigns.NONE;
		}
		return signs;
	}

	/**
	 * The registry, {@link CareSigns#NONE} when the file is absent, or {@code null} on
	 * errors.
	 */
	static CareSigns read(Map<String, byte[]> files, SiteDescription site, List<ContentError> errors) {
		byte[] bytes = files.get(FILE);
		if (bytes == null) {
			return CareSigns.NONE;
		}
		int before = errors.size();
		SourceFile file = new SourceFile(FILE, bytes);
		String text = file.checkedText(errors);
		YamlFields yaml = (text != null) ? YamlParser.parse(file.displayPath(), text, 0, errors) : null;
		if (yaml == null) {
			return null;
		}
		yaml.allowOnly(Set.of("checklist", "signs"));
		String checklist = yaml.string("checklist", true);
		YamlFields signsYaml = yaml.mapping("signs", true);
		Map<String, CareSign> signs = new LinkedHashMap<>();
		if (signsYaml != null) {
			for (String id : signsYaml.keys()) {
				CareSign sign = sign(signsYaml, id, site);
				if (sign != null) {
					signs.put(id, sign);
				}
			}
		}
		return (errors.size() == before) ? new CareSigns(signs, checklist) : null;
	}

	private static CareSign sign(YamlFields signs, String id, SiteDescription site) {
		YamlFields yaml = signs.mapping(id, true);
		if (!Slugs.isSlug(id)) {
			signs.fieldError(id, "a sign id must be lowercase letters, digits and hyphens");
			return null;
		}
		if (yaml == null) {
			return null;
		}
		yaml.allowOnly(Set.of("level", "text", "topics", "terms"));
		String written = yaml.string("level", true);
		Level level = Level.fromWritten(written);
		if (written != null && level == null) {
			yaml.fieldError("level", "'" + written + "' must be emergency, urgent or see-a-doctor");
		}
		String text = yaml.string("text", true);
		List<String> topics = yaml.stringList("topics", false);
		topics.stream()
			.filter((topic) -> !site.tags().contains(topic))
			.forEach((topic) -> yaml.fieldError("topics", "'" + topic + "' is not a tag of content/site.yml"));
		List<String> terms = yaml.stringList("terms", false);
		terms.stream()
			.filter((term) -> term.isBlank() || term.length() > 60)
			.forEach((term) -> yaml.fieldError("terms", "each term is a few words a reader would type"));
		return (level != null && text != null) ? new CareSign(id, level, text, List.copyOf(topics), List.copyOf(terms))
				: null;
	}

}
