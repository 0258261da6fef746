package org.crampguide.related;

import org.crampguide.content.ContentSnapshot;
import org.crampguide.testsupport.Fixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scoring only the index's candidates gives every real article the same sidebar as
 * scoring all articles would.
 */
class RelatedIndexTests {

	@Test
	void candidatesGiveTheSameSidebarsAsScoringEveryArticle() {
		ContentSnapshot snapshot = Fixtures.repository(Fixtures.SITE_CONTENT, true, (event) -> {
		}).snapshot();
		RelatedIndex index = RelatedArticles.features(snapshot);
		assertThat(index.all()).hasSizeGreaterThan(30);
		for (ArticleFeatures target : index.all()) {
			assertThat(index.candidates(target, RelatedArticles.LIMIT)).hasSizeLessThan(index.size());
			assertThat(RelatednessScorer.rank(target, index, index.candidates(target, RelatedArticles.LIMIT),
					RelatedArticles.LIMIT))
				.as(target.path())
				.isEqualTo(RelatednessScorer.rank(target, index, index.all(), RelatedArticles.LIMIT));
		}
	}

}
