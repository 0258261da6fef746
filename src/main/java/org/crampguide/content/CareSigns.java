package org.crampguide.content;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The registry of {@code content/care-signs.yml}: every care-level sign by id, and the
 * article that must list every emergency and urgent one.
 *
 * @param signs the signs by id, in the order written
 * @param checklist the path of the article that lists every emergency and urgent sign,
 * e.g. {@code /symptoms/red-flags}
 */
public record CareSigns(Map<String, CareSign> signs, String checklist) {

	/** No registry: a content tree without {@code care-signs.yml}. */
	public static final CareSigns NONE = new CareSigns(Map.of(), null);

	public Optional<CareSign> sign(String id) {
		return Optional.ofNullable(this.signs.get(id));
	}

	/** The signs in the order written. */
	public List<CareSign> all() {
		return List.copyOf(this.signs.values());
	}

}
