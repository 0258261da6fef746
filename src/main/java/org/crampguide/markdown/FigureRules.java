package org.crampguide.markdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The rules every figure follows, wherever it is written: alt text, a caption and a
 * credit, a source only over https, and an image that exists under {@code images/}. Body
 * figures and the lead image both check here, so they cannot drift apart; only their
 * wording differs, because one is written in Markdown and the other in YAML.
 */
public final class FigureRules {

	private final ImageCatalog images;

	private final Set<String> required;

	private FigureRules(ImageCatalog images, Set<String> required) {
		this.images = images;
		this.required = required;
	}

	/** The rules for a figure in a body, where the license may be left out. */
	public static FigureRules forBody(ImageCatalog images) {
		return new FigureRules(images, Set.of("alt", "caption", "credit"));
	}

	/** The rules for an article's lead image, which must also name its license. */
	public static FigureRules forLeadImage(ImageCatalog images) {
		return new FigureRules(images, Set.of("src", "alt", "caption", "credit", "license"));
	}

	/** Whether {@code part} ({@code alt}, {@code license}, ...) must be given. */
	public boolean requires(String part) {
		return this.required.contains(part);
	}

	/**
	 * Checks {@code parts}, reporting every broken rule in the order a writer reads them.
	 * @return the figure, or {@code null} when a rule is broken
	 */
	public Figure check(Parts parts, Consumer<Violation> violations) {
		List<Violation> broken = new ArrayList<>();
		parts.missing(this.required).forEach((part) -> broken.add(new Violation(part, Rule.MISSING, "is required")));
		if (parts.source() != null && !parts.source().startsWith("https://")) {
			broken.add(new Violation("source", Rule.NOT_HTTPS, "must be an https URL"));
		}
		Optional<ImageCatalog.ImageSize> size = sizeOf(parts.src());
		if (parts.src() != null && size.isEmpty()) {
			broken.add(new Violation("src", Rule.NO_SUCH_IMAGE, "'" + parts.src()
					+ "' does not exist (images live in content/images/ and are written images/<name>)"
					+ this.images.nearestTo(parts.src()).map((near) -> "; did you mean " + near + "?").orElse("")));
		}
		broken.forEach(violations);
		if (!broken.isEmpty()) {
			return null;
		}
		return new Figure("/" + parts.src(), parts.alt(), parts.caption(), parts.credit(), parts.license(),
				parts.source(), size.get().width(), size.get().height());
	}

	private Optional<ImageCatalog.ImageSize> sizeOf(String src) {
		return (src != null && src.startsWith("images/")) ? this.images.sizeOf(src) : Optional.empty();
	}

	/**
	 * A figure as written, before it is checked.
	 *
	 * @param src the content-relative image path, e.g. {@code images/calf.svg}
	 * @param alt text that describes the picture
	 * @param caption why the picture matters
	 * @param credit who made it
	 * @param license its license, may be {@code null}
	 * @param source URL of the original work, may be {@code null}
	 */
	public record Parts(String src, String alt, String caption, String credit, String license, String source) {

		private List<String> missing(Set<String> required) {
			Map<String, String> values = new LinkedHashMap<>();
			values.put("src", this.src);
			values.put("alt", this.alt);
			values.put("caption", this.caption);
			values.put("credit", this.credit);
			values.put("license", this.license);
			return values.entrySet()
				.stream()
				.filter((part) -> required.contains(part.getKey()))
				.filter((part) -> part.getValue() == null || part.getValue().isBlank())
				.map(Map.Entry::getKey)
				.toList();
		}

	}

	/** What kind of rule a figure broke. */
	public enum Rule {

		MISSING, NOT_HTTPS, NO_SUCH_IMAGE

	}

	/**
	 * A broken rule.
	 *
	 * @param part the part it is about, e.g. {@code source}
	 * @param rule the rule
	 * @param problem what is wrong, worded to follow the part's name
	 */
	public record Violation(String part, Rule rule, String problem) {
	}

}
