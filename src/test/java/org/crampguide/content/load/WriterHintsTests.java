package org.crampguide.content.load;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.crampguide.content.ContentError;
import org.crampguide.content.ErrorOutcome;
import org.crampguide.content.LoadResult;
import org.crampguide.testsupport.Fixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Messages a writer can act on: each test makes one common mistake in the valid fixture
 * tree and reads the hint that comes with the error.
 */
class WriterHintsTests {

	private static final String ARTICLE = "articles/causes/night-cramps.md";

	private static final String FILE = "content/" + ARTICLE;

	private final ContentLoader loader = Fixtures.loader();

	@Test
	void tellsToQuoteATitleWithAColon() {
		assertThat(errorsAfter(
				(text) -> text.replace("title: Why do night cramps happen?", "title: Night cramps: why they happen")))
			.containsExactly(FILE + ":2: front matter: is not valid YAML: mapping values are not allowed here; "
					+ "a value that contains ': ' must be in quotes: write title: \"Night cramps: why they happen\"");
	}

	@Test
	void suggestsTheNearestKnownField() {
		assertThat(errorsAfter((text) -> text.replace("reviewed: 2026-11-10", "reviewed: 2026-11-10\nrelatd: [x]")))
			.singleElement()
			.satisfies((error) -> assertThat(error).startsWith(FILE + ":13: relatd: is not a known field")
				.endsWith("; did you mean 'related'?"));
	}

	@Test
	void suggestsTheNearestTagOfTheVocabulary() {
		assertThat(errorsAfter((text) -> text.replace("tags: [legs, night, sleep]", "tags: [legs, nigth, sleep]")))
			.containsExactly(FILE + ":4: tags: 'nigth' is not in the tag vocabulary (tags in content/site.yml); "
					+ "propose it there; did you mean 'night'?");
	}

	@Test
	void suggestsTheNearestImageForALeadImageAndAFigure() {
		assertThat(errorsAfter((text) -> text.replace("src: images/lead.svg", "src: images/laed.svg"))).singleElement()
			.satisfies((error) -> assertThat(error).startsWith(FILE + ":6: image.src: 'images/laed.svg' does not exist")
				.endsWith("; did you mean images/lead.svg?"));
		assertThat(errorsAfter((text) -> text.replace("](images/calf.svg", "](images/calves.svg")))
			.anySatisfy((error) -> assertThat(error).startsWith(FILE + ":29: figure:")
				.endsWith("did you mean images/calf.svg?"));
	}

	@Test
	void suggestsTheNearestPathForAnInternalLink() {
		assertThat(errorsAfter(
				(text) -> text.replace("(/prevention/stretching-routine)", "(/prevention/streching-routine)")))
			.containsExactly(FILE + ":27: link: '/prevention/streching-routine' does not lead to any page; "
					+ "did you mean '/prevention/stretching-routine'?");
	}

	@Test
	void namesTheArticleWhoseTitleOrSummaryIsRepeated() {
		Map<String, byte[]> files = ContentFiles.fromDirectory(Fixtures.CONTENT);
		files.put("articles/symptoms/night-cramps-again.md", files.get(ARTICLE));
		assertThat(this.loader.load(files, null, 1).errors()).extracting(ContentError::toString)
			.containsExactly(
					"content/articles/symptoms/night-cramps-again.md:2: title: is the same as the title of " + FILE
							+ "; every article needs its own",
					"content/articles/symptoms/night-cramps-again.md:3: summary: is the same as the summary of " + FILE
							+ "; every article needs its own");
	}

	@Test
	void countsSourcesFromOneInWords() {
		List<ContentError> errors = load((text) -> text.replace("url: https://www.nhs.uk/", "url: http://www.nhs.uk/"))
			.errors();
		assertThat(errors).filteredOn((error) -> error.file().equals(FILE))
			.extracting(ContentError::summary)
			.containsExactly("source 1 (line 17): url must start with https://");
	}

	@Test
	void saysANewBrokenFileIsLeftOutAndAnEditedOneKeepsItsLastGoodVersion() {
		Map<String, byte[]> files = ContentFiles.fromDirectory(Fixtures.CONTENT);
		LoadResult first = this.loader.load(files, null, 1);
		edit(files, ARTICLE, (text) -> text.replace("tags: [legs, night, sleep]", "tags: [legs]"));
		files.put("articles/causes/brand-new.md", files.get("articles/treatments/quinine-facts.md"));
		edit(files, "articles/causes/brand-new.md", (text) -> text.replace("title:", "titel:"));

		LoadResult second = this.loader.load(files, first.snapshot(), 2);

		assertThat(second.errors()).extracting(second::outcome)
			.containsOnly(ErrorOutcome.LAST_GOOD_VERSION_KEPT, ErrorOutcome.LEFT_OUT);
		assertThat(second.errors()).filteredOn((error) -> error.file().equals(FILE))
			.extracting(second::outcome)
			.containsOnly(ErrorOutcome.LAST_GOOD_VERSION_KEPT);
		assertThat(second.errors()).filteredOn((error) -> error.file().endsWith("brand-new.md"))
			.extracting(second::outcome)
			.isNotEmpty()
			.containsOnly(ErrorOutcome.LEFT_OUT);
		assertThat(ErrorOutcome.LEFT_OUT.words()).isEqualTo("left out (no good version yet)");
	}

	/**
	 * The errors of the edited article (a broken article also leaves its figure unused).
	 */
	private List<String> errorsAfter(UnaryOperator<String> change) {
		return load(change).errors()
			.stream()
			.filter((error) -> error.file().equals(FILE))
			.map(ContentError::toString)
			.toList();
	}

	private LoadResult load(UnaryOperator<String> change) {
		Map<String, byte[]> files = ContentFiles.fromDirectory(Fixtures.CONTENT);
		edit(files, ARTICLE, change);
		return this.loader.load(files, null, 1);
	}

	private static void edit(Map<String, byte[]> files, String path, UnaryOperator<String> change) {
		String text = new String(files.get(path), StandardCharsets.UTF_8);
		String changed = change.apply(text);
		assertThat(changed).as("the test must change " + path).isNotEqualTo(text);
		files.put(path, changed.getBytes(StandardCharsets.UTF_8));
	}

}
