package org.crampguide.related;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the scorer knows of one article.
 *
 * @param path the canonical path, also the article's identity
 * @param slug the slug that {@code related} picks name
 * @param section the section id
 * @param tags the article's tags
 * @param picks slugs the editors want listed first
 * @param linksTo paths of other pages the body links to
 * @param terms the body's TF-IDF weights, normalised to unit length
 */
public record ArticleFeatures(String path, String slug, String section, Set<String> tags, List<String> picks,
		Set<String> linksTo, Map<String, Double> terms) {

	/** The same article without its term weights, once an index has taken them in. */
	ArticleFeatures withoutTerms() {
		return new ArticleFeatures(this.path, this.slug, this.section, this.tags, this.picks, this.linksTo, Map.of());
	}

	/**
	 * Equal by path, the identity: the generated equality hashed every term weight, and
	 * candidate sets hash thousands of articles for each cold sidebar.
	 */
	@Override
	public boolean equals(Object other) {
		return (other instanceof ArticleFeatures features) && this.path.equals(features.path);
	}

	@Override
	public int hashCode() {
		return this.path.hashCode();
	}

}
