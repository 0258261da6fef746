package org.crampguide.content;

import org.crampguide.markdown.CalloutKind;

import org.crampguide.content.load.ContentFiles;
import org.crampguide.content.load.ContentLoader;
import org.crampguide.testsupport.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real {@code content/} library against the writing rules: every format rule (by
 * loading it strictly), length, reading grade, sources, figures, SVG rules and coverage.
 * Failures name the file and the reason.
 */
class ContentLibraryTests {

	private static final Map<String, Integer> MINIMUM_PER_SECTION = Map.of("causes", 6, "symptoms", 5, "risk-factors",
			5, "treatments", 6, "prevention", 5);

	private static final double MAX_GRADE = 10.0;

	private static LoadResult library;

	@BeforeAll
	static void loadTheRealContent() {
		library = Fixtures.loader().load(ContentFiles.fromDirectory(Fixtures.SITE_CONTENT), null, 1);
		printReport();
	}

	@Test
	void followsEveryRuleOfTheContentFormat() {
		// Covers front matter, figures, callouts, links that must resolve, images that
		// must exist and be used, SVG rules, the tag vocabulary, 400-1,200 words and at
		// most two IMPORTANT callouts: all checked by the loader itself.
		assertThat(library.errors()).extracting(ContentError::toString).isEmpty();
	}

	@Test
	void coversEverySectionWithEnoughArticlesAndHasTheSitePages() {
		Map<String, Long> perSection = articles().stream()
			.collect(Collectors.groupingBy(Article::section, Collectors.counting()));
		MINIMUM_PER_SECTION
			.forEach((section, minimum) -> assertThat(perSection.getOrDefault(section, 0L)).as("articles in " + section)
				.isGreaterThanOrEqualTo(minimum));
		assertThat(articles()).hasSizeGreaterThanOrEqualTo(30);
		assertThat(library.snapshot().pages()).containsKeys("about", "editorial-policy", "disclaimer");
	}

	@Test
	void keepsEveryArticleReadable() {
		assertThat(articles()).allSatisfy((article) -> assertThat(ReadingGrade.measure(article.body().text()).grade())
			.as(article.file() + ": Flesch-Kincaid grade")
			.isLessThanOrEqualTo(MAX_GRADE));
	}

	@Test
	void citesAtLeastTwoHttpsSourcesPerArticle() {
		assertThat(articles()).allSatisfy((article) -> {
			assertThat(article.sources()).as(article.file() + ": sources").hasSizeGreaterThanOrEqualTo(2);
			assertThat(article.sources()).as(article.file() + ": source URLs")
				.allSatisfy((source) -> assertThat(source.url()).matches("https://[a-z0-9.-]+\\.[a-z]{2,}(/\\S*)?"));
		});
	}

	@Test
	void givesNoTwoArticlesTheSameTitleOrSummary() {
		assertThat(duplicates(Article::title)).as("shared titles").isEmpty();
		assertThat(duplicates(Article::summary)).as("shared summaries").isEmpty();
	}

	@Test
	void creditsEveryIllustrationAndDescribesIt() {
		assertThat(articles()).allSatisfy((article) -> {
			assertThat(article.image().alt()).as(article.file() + ": lead alt").hasSizeGreaterThan(15);
			assertThat(article.image().caption()).as(article.file() + ": lead caption").isNotBlank();
			assertThat(article.image().credit()).as(article.file() + ": lead credit").isNotBlank();
			assertThat(article.image().license()).as(article.file() + ": lead license").isNotBlank();
		});
		assertThat(htmlOfAllBodies()).doesNotContain("alt=\"\"");
	}

	@Test
	void keepsSvgsSmallSelfContainedAndScalable() throws IOException {
		try (var files = Files.list(Fixtures.SITE_CONTENT.resolve("images"))) {
			for (Path file : files.toList()) {
				String svg = Files.readString(file);
				String name = "content/images/" + file.getFileName();
				assertThat(Files.size(file)).as(name + ": size").isLessThan(30 * 1024);
				assertThat(svg).as(name + ": viewBox").contains("viewBox=");
				assertThat(svg).as(name + ": title").containsPattern("<svg[^>]*>\\s*<title[^>]*>[^<]+</title>");
				assertThat(svg).as(name + ": scripts, handlers, external references")
					.doesNotContainPattern("(?i)<script|\\son[a-z]+=|href=\"(?!#)|<image|@font-face");
			}
		}
	}

	@Test
	void linksEveryArticleToOtherArticles() {
		assertThat(articles())
			.allSatisfy((article) -> assertThat(article.body().internalLinks()).as(article.file() + ": internal links")
				.isNotEmpty());
	}

	@Test
	void usesEmergencyCalloutsWhereSymptomsCallForThem() {
		Article redFlags = library.snapshot().article("symptoms", "red-flags", false).orElseThrow();
		assertThat(redFlags.body().callouts()).contains(CalloutKind.EMERGENCY, CalloutKind.URGENT,
				CalloutKind.SEE_A_DOCTOR);
	}

	private static List<Article> articles() {
		return library.snapshot().publishedArticles();
	}

	private static String htmlOfAllBodies() {
		return articles().stream().map((article) -> article.body().html()).collect(Collectors.joining());
	}

	private static Map<String, List<String>> duplicates(Function<Article, String> key) {
		Map<String, List<String>> byKey = new HashMap<>();
		articles()
			.forEach((article) -> byKey.computeIfAbsent(key.apply(article).toLowerCase(), (k) -> new ArrayList<>())
				.add(article.file()));
		byKey.values().removeIf((files) -> files.size() < 2);
		return byKey;
	}

	private static void printReport() {
		Map<String, List<Article>> bySection = new TreeMap<>(
				Comparator.comparingInt(library.snapshot().site().sectionIds()::indexOf));
		articles()
			.forEach((article) -> bySection.computeIfAbsent(article.section(), (k) -> new ArrayList<>()).add(article));
		List<Double> grades = articles().stream()
			.map((article) -> ReadingGrade.measure(article.body().text()).grade())
			.sorted()
			.toList();
		int words = articles().stream()
			.mapToInt((article) -> ReadingGrade.measure(article.body().text()).words())
			.sum();
		StringBuilder report = new StringBuilder("\n=== Content report ===\n");
		report.append(String.format("%-52s %6s %6s %8s%n", "article", "words", "grade", "sources"));
		articles().forEach((article) -> {
			ReadingGrade.Measure measure = ReadingGrade.measure(article.body().text());
			report.append(String.format("%-52s %6d %6.1f %8d%n", article.path(), measure.words(), measure.grade(),
					article.sources().size()));
		});
		bySection
			.forEach((section, list) -> report.append(String.format("%-13s %2d articles%n", section, list.size())));
		report.append(String.format("total         %2d articles, %d words, median reading grade %.1f (max %.1f)%n",
				articles().size(), words, grades.isEmpty() ? 0 : grades.get(grades.size() / 2),
				grades.isEmpty() ? 0 : grades.get(grades.size() - 1)));
		System.out.println(report);
	}

}
