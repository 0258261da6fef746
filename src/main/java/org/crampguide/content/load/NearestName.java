package org.crampguide.content.load;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * The existing name closest to a misspelt one, for "did you mean" hints: the smallest
 * edit distance (insertions, deletions, substitutions, ignoring case), and only when that
 * distance is small for the word's length, so an unrelated name is never suggested.
 */
final class NearestName {

	private NearestName() {
	}

	/** The name in {@code names} nearest to {@code wanted}, if one is near enough. */
	static Optional<String> to(String wanted, Collection<String> names) {
		String target = wanted.toLowerCase(Locale.ROOT);
		String best = null;
		int bestDistance = Integer.MAX_VALUE;
		for (String name : names) {
			int distance = distance(target, name.toLowerCase(Locale.ROOT));
			if (distance < bestDistance && !name.equals(wanted)) {
				best = name;
				bestDistance = distance;
			}
		}
		return (bestDistance <= allowed(target)) ? Optional.of(best) : Optional.empty();
	}

	/** How many edits still count as a slip of the keyboard for a word this long. */
	private static int allowed(String word) {
		return Math.max(2, word.length() / 3);
	}

	/**
	 * The site path in {@code paths} nearest to {@code wanted}: by the whole path, or
	 * else by its last segment, since a link often names the right article in the wrong
	 * section ({@code /causes/stop-a-cramp-now} for
	 * {@code /treatments/stop-a-cramp-now}).
	 */
	static Optional<String> toPath(String wanted, Collection<String> paths) {
		return to(wanted, paths).or(() -> {
			String slug = lastSegment(wanted);
			return paths.stream()
				.filter((path) -> distance(slug, lastSegment(path)) <= allowed(slug))
				.min(Comparator.comparingInt((path) -> distance(slug, lastSegment(path))));
		});
	}

	private static String lastSegment(String path) {
		return path.substring(path.lastIndexOf('/') + 1);
	}

	/** "did you mean 'x'?" for the nearest name, or {@code null} when none is near. */
	static String didYouMean(String wanted, Collection<String> names) {
		return question(to(wanted, names));
	}

	/** "did you mean '/section/slug'?" for the nearest path, or {@code null}. */
	static String didYouMeanPath(String wanted, Collection<String> paths) {
		return question(toPath(wanted, paths));
	}

	private static String question(Optional<String> name) {
		return name.map((found) -> "did you mean '" + found + "'?").orElse(null);
	}

	/** Levenshtein distance with two rows, enough for names of a few dozen letters. */
	static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + ((a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

}
