package org.crampguide.content.load;

import org.crampguide.content.ArticleOrder;
import org.crampguide.content.Section;

/**
 * An article's optional {@code order}: its place in a section listed by number. A number
 * in a section listed by title would silently do nothing, so it is an error.
 */
final class OrderField {

	private static final String NUMBER = "[0-9]{1,4}";

	private OrderField() {
	}

	/** The number, or {@code null} when absent or wrong (the error is recorded). */
	static Integer read(YamlFields yaml, Section section) {
		String value = yaml.string("order", false);
		if (value == null) {
			return null;
		}
		if (section.articleOrder() == ArticleOrder.TITLE) {
			yaml.fieldError("order", "has no effect: section '" + section.id()
					+ "' lists articles by title (articleOrder: title in content/site.yml); remove it");
			return null;
		}
		if (!value.matches(NUMBER)) {
			yaml.fieldError("order", "must be a whole number from 0 to 9999 (lower numbers are listed first)");
			return null;
		}
		return Integer.valueOf(value);
	}

}
