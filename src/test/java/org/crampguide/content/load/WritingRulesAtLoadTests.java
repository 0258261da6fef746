package org.crampguide.content.load;

import java.util.List;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.crampguide.content.ContentError;
import org.crampguide.content.LoadResult;
import org.crampguide.testsupport.Fixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The writing rules that used to run only in the build now run when content loads, so a
 * writer sees them under {@code ./mvnw spring-boot:run}: each test breaks one rule in the
 * valid fixture tree and reads the error.
 */
class WritingRulesAtLoadTests {

	private static final String ARTICLE = "articles/treatments/quinine-facts.md";

	private final ContentLoader loader = Fixtures.loader();

	@Test
	void refusesATagOutsideTheVocabularyOfSiteYml() {
		assertThat(
				errorsAfter(ARTICLE, (text) -> text.replace("tags: [medicines, quinine]", "tags: [medicines, tonic]")))
			.containsExactly("content/" + ARTICLE + ":4: tags: 'tonic' is not in the tag vocabulary "
					+ "(tags in content/site.yml); propose it there");
	}

	@Test
	void acceptsATagOnceSiteYmlListsIt() {
		Map<String, byte[]> files = ContentFiles.fromDirectory(Fixtures.CONTENT);
		edit(files, ARTICLE, (text) -> text.replace("tags: [medicines, quinine]", "tags: [medicines, tonic]"));
		edit(files, "site.yml", (text) -> text.replace("draft-tag]", "draft-tag, tonic]"));
		assertThat(this.loader.load(files, null, 1).errors()).isEmpty();
	}

	@Test
	void countsWordsAgainstTheLimitsOfSiteYml() {
		Map<String, byte[]> files = ContentFiles.fromDirectory(Fixtures.CONTENT);
		edit(files, "site.yml", (text) -> text.replace("minWords: 1", "minWords: 400"));
		assertThat(this.loader.load(files, null, 1).errors()).extracting(ContentError::toString)
			.contains("content/" + ARTICLE + ":1: body: has 31 words; articles need 400 to 1200")
			.noneMatch((error) -> error.contains("draft-idea"));
	}

	@Test
	void allowsAtMostTwoImportantCallouts() {
		String three = "\n> [!IMPORTANT]\n> One.\n\n> [!IMPORTANT]\n> Two.\n\n> [!IMPORTANT]\n> Three.\n";
		assertThat(errorsAfter(ARTICLE, (text) -> text + three)).containsExactly(
				"content/" + ARTICLE + ":32: callout: has 3 [!IMPORTANT] callouts; a page may have at most 2");
	}

	@Test
	void refusesAFixedSizeOnTheSvgRoot() {
		LoadResult result = load("images/lead.svg", (svg) -> svg.replaceFirst("<svg ", "<svg width=\"800\" "));
		assertThat(result.errors()).extracting(ContentError::toString)
			.anyMatch((error) -> error.startsWith("content/images/lead.svg:1: svg: must not set width or height"));
	}

	@Test
	void refusesAnArticleInAFolderThatSiteYmlDoesNotName() {
		Map<String, byte[]> files = ContentFiles.fromDirectory(Fixtures.CONTENT);
		files.put("articles/tips/quinine-facts.md", files.remove(ARTICLE));
		assertThat(this.loader.load(files, null, 1).errors()).extracting(ContentError::toString)
			.contains("content/articles/tips/quinine-facts.md:1: section: articles live in "
					+ "content/articles/<section>/<slug>.md, with <section> one of "
					+ "[causes, symptoms, risk-factors, treatments, prevention] (the sections of content/site.yml)");
	}

	@Test
	void servesASectionAddedToSiteYmlWithoutCodeChanges() {
		Map<String, byte[]> files = ContentFiles.fromDirectory(Fixtures.CONTENT);
		edit(files, "site.yml",
				(text) -> text.replace("  prevention: {title: Prevention, order: 5, intro: How to prevent cramps.}",
						"  prevention: {title: Prevention, order: 5, intro: How to prevent cramps.}\n"
								+ "  tips: {title: Tips, order: 6, intro: Small things that help.}"));
		files.put("articles/tips/quinine-facts.md", files.remove(ARTICLE));
		LoadResult result = this.loader.load(files, null, 1);
		assertThat(result.errors()).isEmpty();
		assertThat(result.snapshot().article("tips", "quinine-facts", false)).isPresent();
		assertThat(result.snapshot().site().sectionIds()).endsWith("tips");
	}

	@Test
	void refusesAnOversizedFileBeforeParsingIt() {
		String huge = "x".repeat(300 * 1024);
		assertThat(errorsAfter(ARTICLE, (text) -> text + huge))
			.containsExactly("content/" + ARTICLE + ":1: file: is 300 KB; a content text file may be at most 256 KB");
	}

	@Test
	void namesTheLineOfBytesThatAreNotUtf8() {
		Map<String, byte[]> files = ContentFiles.fromDirectory(Fixtures.CONTENT);
		byte[] article = files.get(ARTICLE);
		String text = new String(article, StandardCharsets.UTF_8);
		int offset = text.indexOf("Some words about cramps.");
		byte[] broken = article.clone();
		broken[offset] = (byte) 0xC3;
		broken[offset + 1] = (byte) 0x28;
		files.put(ARTICLE, broken);
		assertThat(this.loader.load(files, null, 1).errors()).extracting(ContentError::toString)
			.contains("content/" + ARTICLE + ":26: file: is not valid UTF-8 text; save it as UTF-8");
	}

	private List<String> errorsAfter(String path, UnaryOperator<String> change) {
		return load(path, change).errors().stream().map(ContentError::toString).toList();
	}

	private LoadResult load(String path, UnaryOperator<String> change) {
		Map<String, byte[]> files = ContentFiles.fromDirectory(Fixtures.CONTENT);
		edit(files, path, change);
		return this.loader.load(files, null, 1);
	}

	private static void edit(Map<String, byte[]> files, String path, UnaryOperator<String> change) {
		String text = new String(files.get(path), StandardCharsets.UTF_8);
		files.put(path, change.apply(text).getBytes(StandardCharsets.UTF_8));
	}

}
