package org.crampguide.content;

import java.util.Comparator;
import java.util.Locale;

/**
 * How a section lists its articles ({@code articleOrder} in {@code site.yml}).
 * {@link #MANUAL}, the default, lists articles with an {@code order} number first, lowest
 * first, then the rest by title, so a section whose articles set no number is simply
 * alphabetical; {@link #TITLE} ignores the numbers.
 */
public enum ArticleOrder {

	MANUAL, TITLE;

	private static final Comparator<Article> BY_TITLE = Comparator.comparing(Article::title,
			String.CASE_INSENSITIVE_ORDER);

	private static final Comparator<Article> BY_NUMBER = Comparator.comparing(Article::order,
			Comparator.nullsLast(Comparator.naturalOrder()));

	/** The articles of a section in reading order. */
	public Comparator<Article> comparator() {
		return (this == TITLE) ? BY_TITLE : BY_NUMBER.thenComparing(BY_TITLE);
	}

	/** As written in {@code site.yml}: {@code manual} or {@code title}. */
	public String written() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The order written as {@code value}, or {@code null} for an unknown word. */
	public static ArticleOrder fromWritten(String value) {
		for (ArticleOrder order : values()) {
			if (order.written().equals(value)) {
				return order;
			}
		}
		return null;
	}

}
