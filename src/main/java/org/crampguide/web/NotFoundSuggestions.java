package org.crampguide.web;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.crampguide.content.Article;
import org.crampguide.content.ContentSnapshot;

/**
 * Finds the articles a reader most likely meant when a path leads nowhere: those whose
 * slug or title is closest to the words of the path (shared words, and edit distance for
 * typos).
 */
final class NotFoundSuggestions {

	static final int LIMIT = 3;

	private static final double THRESHOLD = 0.3;

	private NotFoundSuggestions() {
	}

	static List<Article> forPath(ContentSnapshot snapshot, String path) {
		String wanted = normalise(path.substring(path.lastIndexOf('/') + 1));
		if (wanted.isEmpty()) {
			wanted = normalise(path);
		}
		String query = wanted;
		if (query.isEmpty()) {
			return List.of();
		}
		record Scored(Article article, double score) {
		}
		return snapshot.publishedArticles()
			.stream()
			.map((article) -> new Scored(article,
					Math.max(similarity(query, article.slug()), similarity(query, normalise(article.title())))))
			.filter((scored) -> scored.score() >= THRESHOLD)
			.sorted(Comparator.comparingDouble(Scored::score).reversed().thenComparing((s) -> s.article().path()))
			.limit(LIMIT)
			.map(Scored::article)
			.toList();
	}

	static double similarity(String a, String b) {
		Set<String> wordsA = words(a);
		Set<String> wordsB = words(b);
		long shared = wordsA.stream().filter((w) -> wordsB.stream().anyMatch((v) -> close(w, v))).count();
		double overlap = (wordsA.isEmpty()) ? 0 : (double) shared / wordsA.size();
		double edit = 1.0 - (double) distance(a, b) / Math.max(a.length(), b.length());
		return Math.max(overlap * 0.9, edit);
	}

	private static boolean close(String a, String b) {
		if (a.length() < 3 || b.length() < 3) {
			return a.equals(b);
		}
		return a.startsWith(b) || b.startsWith(a)
				|| distance(a, b) <= Math.max(1, Math.min(a.length(), b.length()) / 4);
	}

	private static Set<String> words(String text) {
		return Arrays.stream(text.split("-")).filter((w) -> !w.isEmpty()).collect(Collectors.toSet());
	}

	private static String normalise(String text) {
		return text.toLowerCase(Locale.ROOT)
			.replaceAll("\\.[a-z0-9]+$", "")
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("^-+|-+$", "");
	}

	private static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int cost = (a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1;
				current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

}
