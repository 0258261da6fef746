package org.crampguide.related;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.crampguide.content.ContentSnapshot;
import org.crampguide.content.load.ContentFiles;
import org.crampguide.testsupport.Fixtures;
import org.crampguide.testsupport.SyntheticSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scoring only the index's candidates gives every real article the same sidebar as
 * scoring all articles would, and the scorer's arrays give the ranking its definition
 * gives, written here the plain way with sets, strings and a full sort.
 */
class RelatedIndexTests {

	@TempDir
	Path dir;

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
				.isEqualTo(RelatednessScorer.rank(target, index, index.everyArticle(), RelatedArticles.LIMIT));
		}
	}

	@Test
	void ranksAsTheDefinitionSaysOnAGeneratedSite() {
		ContentSnapshot snapshot = Fixtures.loader()
			.load(ContentFiles.fromDirectory(SyntheticSite.write(this.dir, 300)), null, 1)
			.snapshot();
		RelatedIndex index = RelatedArticles.features(snapshot);
		assertThat(index.size()).isGreaterThan(300);
		for (ArticleFeatures target : index.all()) {
			assertThat(RelatednessScorer.rank(target, index, index.everyArticle(), RelatedArticles.LIMIT))
				.as(target.path())
				.hasSize(RelatedArticles.LIMIT)
				.isEqualTo(definition(target, index, RelatedArticles.LIMIT));
		}
	}

	/** The ranking as the scorer's documentation defines it, computed the slow way. */
	private static List<String> definition(ArticleFeatures target, RelatedIndex index, int limit) {
		Set<String> result = new LinkedHashSet<>();
		for (String pick : target.picks()) {
			ArticleFeatures picked = index.bySlug(pick);
			if (picked != null && !picked.path().equals(target.path())) {
				result.add(picked.path());
			}
		}
		Map<String, Integer> tagCounts = new HashMap<>();
		index.all().forEach((article) -> article.tags().forEach((tag) -> tagCounts.merge(tag, 1, Integer::sum)));
		record Scored(String path, double score) {
		}
		List<Scored> others = new ArrayList<>();
		for (int i = 0; i < index.size(); i++) {
			ArticleFeatures candidate = index.all().get(i);
			if (candidate.path().equals(target.path()) || result.contains(candidate.path())) {
				continue;
			}
			double score = 0;
			for (String tag : target.tags()) {
				if (candidate.tags().contains(tag)) {
					score += Math.log(1.0 + (double) index.size() / tagCounts.get(tag));
				}
			}
			score += target.section().equals(candidate.section()) ? RelatednessScorer.SAME_SECTION : 0;
			score += target.linksTo().contains(candidate.path()) ? RelatednessScorer.LINK_FROM_TARGET : 0;
			score += candidate.linksTo().contains(target.path()) ? RelatednessScorer.LINK_TO_TARGET : 0;
			score += RelatednessScorer.TEXT_WEIGHT * index.vector(target).dot(index.vector(i));
			others.add(new Scored(candidate.path(), score));
		}
		others.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::path));
		others.forEach((scored) -> result.add(scored.path()));
		return result.stream().limit(limit).toList();
	}

}
