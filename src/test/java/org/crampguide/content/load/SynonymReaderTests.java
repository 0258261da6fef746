package org.crampguide.content.load;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.crampguide.content.ContentError;
import org.crampguide.content.LoadResult;
import org.crampguide.content.SearchSynonyms;
import org.crampguide.testsupport.Fixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code content/search/synonyms.txt} is content like any other file: read with Lucene's
 * Solr-format parser, errors named by file and line, the last good version kept.
 */
class SynonymReaderTests {

	private final ContentLoader loader = Fixtures.loader();

	@Test
	void shipsARealListOfLayTerms() {
		SearchSynonyms synonyms = this.loader.load(ContentFiles.fromDirectory(Fixtures.SITE_CONTENT), null, 1)
			.snapshot()
			.synonyms();
		assertThat(synonyms.lines()).hasSizeGreaterThanOrEqualTo(40);
		assertThat(synonyms.map()).isNotNull();
		assertThat(synonyms.terms()).contains("charley horse", "tonic water", "water pills", "hypocalcaemia",
				"haemodialysis", "anaemia", "paediatric", "motor neurone disease", "ALS", "period pain", "pregnant");
	}

	@Test
	void readsEquivalentAndOneWayRules() {
		LoadResult result = load("# comment\n\ncharley horse, leg cramp\nmg => magnesium\n");
		assertThat(result.errors()).isEmpty();
		assertThat(result.snapshot().synonyms().lines()).extracting(SearchSynonyms.Line::number).containsExactly(3, 4);
		assertThat(result.snapshot().synonyms().terms()).containsExactly("charley horse", "leg cramp", "mg",
				"magnesium");
	}

	@Test
	void namesFileAndLineOfABrokenRule() {
		LoadResult result = load("charley horse, leg cramp\n\nlonely\na => b => c\nx, , y\n");
		assertThat(result.errors()).extracting(ContentError::toString)
			.containsExactly(
					"content/search/synonyms.txt:3: synonyms: a rule needs two or more terms, e.g. charley horse, leg cramp (or a => b)",
					"content/search/synonyms.txt:4: synonyms: is not a valid rule (more than one explicit mapping specified on the same line); write terms separated by commas, or a => b",
					"content/search/synonyms.txt:5: synonyms: has an empty term; check for a doubled or trailing comma");
		assertThat(result.snapshot().synonyms()).isEqualTo(SearchSynonyms.NONE);
	}

	@Test
	void namesTheLineOfARuleOnlyLuceneRefuses() {
		LoadResult result = load("charley horse, leg cramp\n# a comment\na => b => c\ncramp, spasm\n");
		assertThat(result.errors()).extracting(ContentError::toString)
			.containsExactly(
					"content/search/synonyms.txt:3: synonyms: is not a valid rule (more than one explicit mapping specified on the same line); write terms separated by commas, or a => b");
		assertThat(result.snapshot().synonyms()).isEqualTo(SearchSynonyms.NONE);
	}

	@Test
	void keepsTheLastGoodFileWhenAnEditBreaksIt() {
		LoadResult good = load("charley horse, leg cramp\n");
		Map<String, byte[]> files = ContentFiles.fromDirectory(Fixtures.CONTENT);
		files.put("search/synonyms.txt", "charley horse\n".getBytes(StandardCharsets.UTF_8));
		LoadResult broken = this.loader.load(files, good.snapshot(), 2);
		assertThat(broken.errors()).extracting(ContentError::line).containsExactly(1);
		assertThat(broken.snapshot().synonyms().terms()).containsExactly("charley horse", "leg cramp");
	}

	@Test
	void needsNoSynonymsFile() {
		LoadResult result = this.loader.load(ContentFiles.fromDirectory(Fixtures.CONTENT), null, 1);
		assertThat(result.errors()).isEmpty();
		assertThat(result.snapshot().synonyms()).isEqualTo(SearchSynonyms.NONE);
	}

	private LoadResult load(String synonyms) {
		Map<String, byte[]> files = ContentFiles.fromDirectory(Fixtures.CONTENT);
		files.put("search/synonyms.txt", synonyms.getBytes(StandardCharsets.UTF_8));
		return this.loader.load(files, null, 1);
	}

}
