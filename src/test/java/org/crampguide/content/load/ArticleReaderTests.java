package org.crampguide.content.load;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.io.IOException;
import org.crampguide.content.CareSigns;
import org.crampguide.content.SiteDescription;

import org.crampguide.testsupport.Fixtures;

import org.crampguide.content.Article;
import org.crampguide.content.Citation;
import org.crampguide.content.ContentError;
import org.crampguide.markdown.Figure;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.crampguide.markdown.ImageCatalog;
import org.crampguide.markdown.MarkdownRenderer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Front matter parsing into typed records, and every validation rule with the file, line
 * and field it names.
 */
class ArticleReaderTests {

	private static final String FILE = "content/articles/causes/night.md";

	private static final String VALID = """
			---
			title: Why do muscles cramp at night?
			summary: Night cramps wake people with a tight, painful calf. Here is why they happen.
			tags: [legs, night]
			image:
			  src: images/lead.svg
			  alt: A calf muscle drawn as a tight knot
			  caption: The calf is where most night cramps strike.
			  credit: Illustration by Cramp Guide contributors
			  license: CC BY 4.0
			published: 2026-11-01
			reviewed: 2026-11-02
			sources:
			  - title: Leg cramps
			    publisher: NHS
			    url: https://www.nhs.uk/conditions/leg-cramps/
			  - title: Muscle cramp
			    publisher: Mayo Clinic
			    url: https://www.mayoclinic.org/diseases-conditions/muscle-cramp/symptoms-causes/syc-20350820
			---
			Body text.
			""";

	private static final ImageCatalog IMAGES = (path) -> Optional
		.ofNullable(Map.of("images/lead.svg", new ImageCatalog.ImageSize(800, 450)).get(path));

	private final ArticleReader reader = new ArticleReader(new MarkdownRenderer(), Fixtures.renderContext(IMAGES),
			fixtureSite(), CareSigns.NONE);

	private static SiteDescription fixtureSite() {
		try {
			return SiteReader.read(new SourceFile("site.yml", Files.readAllBytes(Fixtures.CONTENT.resolve("site.yml"))),
					new ArrayList<>());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Test
	void readsFrontMatterIntoTypedRecord() {
		List<ContentError> errors = new ArrayList<>();
		Article article = read(VALID, errors);
		assertThat(errors).isEmpty();
		assertThat(article.path()).isEqualTo("/causes/night");
		assertThat(article.title()).isEqualTo("Why do muscles cramp at night?");
		assertThat(article.tags()).containsExactly("legs", "night");
		assertThat(article.image()).isEqualTo(new Figure("/images/lead.svg", "A calf muscle drawn as a tight knot",
				"The calf is where most night cramps strike.", "Illustration by Cramp Guide contributors", "CC BY 4.0",
				null, 800, 450));
		assertThat(article.published()).isEqualTo(LocalDate.of(2026, 11, 1));
		assertThat(article.nextReview()).isEqualTo(LocalDate.of(2029, 11, 2));
		assertThat(article.sources()).hasSize(2)
			.first()
			.isEqualTo(new Citation("Leg cramps", "NHS", "https://www.nhs.uk/conditions/leg-cramps/", null));
		assertThat(article.draft()).isFalse();
		assertThat(article.body().html()).isEqualTo("<p>Body text.</p>\n");
	}

	@Test
	void honoursOptionalFields() {
		List<ContentError> errors = new ArrayList<>();
		Article article = read(VALID.replace("reviewed: 2026-11-02\n", """
				reviewed: 2026-11-02
				nextReview: 2027-05-01
				slug: night-cramps
				related: [heat-cramps]
				aliases: [/old/night, /symptoms/night-cramps]
				draft: true
				"""), errors);
		assertThat(errors).isEmpty();
		assertThat(article.path()).isEqualTo("/causes/night-cramps");
		assertThat(article.nextReview()).isEqualTo(LocalDate.of(2027, 5, 1));
		assertThat(article.related()).containsExactly("heat-cramps");
		assertThat(article.aliases()).containsExactly("/old/night", "/symptoms/night-cramps");
		assertThat(article.draft()).isTrue();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					title too short        | title: Why do muscles cramp at night?            | title: Cramps                       | 2: title: must be 10 to 70 characters, found 6
					title in title case    | title: Why do muscles cramp at night?            | title: Why Muscles Cramp During Sleep | 2: title: must be in sentence case
					title missing          | 'title: Why do muscles cramp at night?\n'        | ''                                  | 2: title: is required
					summary too short      | 'summary: Night cramps wake people with a tight, painful calf. Here is why they happen.' | summary: Too short.    | 3: summary: must be 50 to 160 characters
					one tag                | tags: [legs, night]                              | tags: [legs]                        | 4: tags: needs 2 to 8 tags, found 1
					tag with capital       | tags: [legs, night]                              | tags: [Legs, night]                 | 4: tags: 'Legs' must be lowercase
					tags not a list        | tags: [legs, night]                              | tags: legs                          | 4: tags: must be a list
					image alt missing      | '  alt: A calf muscle drawn as a tight knot\n'   | ''                                  | 6: image.alt: is required
					image file missing     | src: images/lead.svg                             | src: images/none.svg                | 6: image.src: 'images/none.svg' does not exist
					image field typo       | '  license: CC BY 4.0'                           | '  licence: CC BY 4.0'              | 10: image.licence: is not a known field
					bad date               | published: 2026-11-01                            | published: 2026-13-01               | 11: published: must be an ISO date such as 2026-11-20, not '2026-13-01'
					reviewed too early     | reviewed: 2026-11-02                             | reviewed: 2026-10-02                | 12: reviewed: must not be before published (2026-11-01)
					unknown field          | 'reviewed: 2026-11-02\n'                         | 'reviewed: 2026-11-02\nauthor: Jo\n' | 13: author: is not a known field
					bad slug               | 'reviewed: 2026-11-02\n'                         | 'reviewed: 2026-11-02\nslug: Night_Cramps\n' | 13: slug: 'Night_Cramps' must be lowercase ASCII
					bad alias              | 'reviewed: 2026-11-02\n'                         | 'reviewed: 2026-11-02\naliases: [old-page]\n' | 13: aliases: 'old-page' must be a path starting with /
					bad draft flag         | 'reviewed: 2026-11-02\n'                         | 'reviewed: 2026-11-02\ndraft: maybe\n' | 13: draft: must be true or false
					next review too early  | 'reviewed: 2026-11-02\n'                         | 'reviewed: 2026-11-02\nnextReview: 2026-11-01\n' | 13: nextReview: must be after reviewed
					field twice            | 'reviewed: 2026-11-02\n'                         | 'reviewed: 2026-11-02\ntitle: Again and again\n' | 13: title: is written twice
					one source             | '  - title: Muscle cramp\n    publisher: Mayo Clinic\n' | '' | 13: sources: needs at least 2 sources, found 1
					source over http       | url: https://www.nhs.uk/conditions/leg-cramps/   | url: http://www.nhs.uk/conditions/leg-cramps/ | 16: source 1: url must start with https://
					source publisher gone  | '    publisher: NHS\n'                           | ''                                  | 14: source 1: publisher is required
					invalid yaml           | 'tags: [legs, night]'                            | 'tags: [legs, night'                | front matter: is not valid YAML
					heading one in body    | Body text.                                       | # Big title                         | 21: heading: '# Big title' is not allowed
					unknown callout        | Body text.                                       | '> [!WARNING]\n> Careful.'          | 21: callout: [!WARNING] is not a callout kind
					javascript link        | Body text.                                       | '[x](javascript:alert(1))'          | 21: link: 'javascript:alert(1)' is not allowed
					image in a sentence    | Body text.                                       | 'See ![a](images/lead.svg "c"){credit="x"} here.' | 21: figure: an image must be alone in its own paragraph
					""")
	void namesFileLineAndFieldOfEveryError(String rule, String find, String replace, String expected) {
		String text = VALID.replace(unescape(find), unescape(replace));
		assertThat(text).as("test case must change the article").isNotEqualTo(VALID);
		List<ContentError> errors = new ArrayList<>();
		Article article = read(text, errors);
		assertThat(article).isNull();
		// A leading line number must match exactly ("2:" never matches line 12).
		String prefix = Character.isDigit(expected.charAt(0)) ? FILE + ":" + expected : FILE + ":";
		assertThat(errors).extracting(ContentError::toString)
			.anyMatch((error) -> error.startsWith(prefix) && error.contains(expected));
	}

	@Test
	void rejectsFileWithoutFrontMatter() {
		List<ContentError> errors = new ArrayList<>();
		assertThat(read("Just a body.\n", errors)).isNull();
		assertThat(errors).extracting(ContentError::toString)
			.containsExactly(
					FILE + ":1: front matter: the file must start with YAML front matter between two '---' lines");
	}

	@Test
	void reportsEveryErrorOfAFileAtOnce() {
		List<ContentError> errors = new ArrayList<>();
		read(VALID.replace("title: Why do muscles cramp at night?", "title: Short")
			.replace("tags: [legs, night]", "tags: [legs]"), errors);
		assertThat(errors).extracting(ContentError::field).containsExactly("title", "tags");
	}

	private Article read(String text, List<ContentError> errors) {
		return this.reader.read(new SourceFile("articles/causes/night.md", text.getBytes(StandardCharsets.UTF_8)),
				"causes", errors);
	}

	private static String unescape(String value) {
		return value.replace("\\n", "\n");
	}

}
