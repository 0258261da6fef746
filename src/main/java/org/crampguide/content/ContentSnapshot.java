package org.crampguide.content;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One consistent, immutable view of the whole site. A reload builds a new snapshot and
 * swaps it in whole, so a request never sees a half-loaded site.
 */
public final class ContentSnapshot {

	private final long version;

	private final SiteDescription site;

	private final CareSigns careSigns;

	private final SearchSynonyms synonyms;

	private final Map<String, Article> articlesByPath;

	private final Map<String, Page> pages;

	private final Map<String, String> aliases;

	private final Map<String, ImageAsset> images;

	private final List<Article> published;

	public ContentSnapshot(long version, SiteDescription site, CareSigns careSigns, Map<String, Article> articlesByPath,
			Map<String, Page> pages, Map<String, String> aliases, Map<String, ImageAsset> images) {
		this(version, site, careSigns, SearchSynonyms.NONE, articlesByPath, pages, aliases, images);
	}

	public ContentSnapshot(long version, SiteDescription site, CareSigns careSigns, SearchSynonyms synonyms,
			Map<String, Article> articlesByPath, Map<String, Page> pages, Map<String, String> aliases,
			Map<String, ImageAsset> images) {
		this.version = version;
		this.site = site;
		this.careSigns = careSigns;
		this.synonyms = synonyms;
		this.articlesByPath = Map.copyOf(articlesByPath);
		this.pages = Map.copyOf(pages);
		this.aliases = Map.copyOf(aliases);
		this.images = Map.copyOf(images);
		this.published = articlesByPath.values()
			.stream()
			.filter((article) -> !article.draft())
			.sorted(Comparator.comparingInt((Article article) -> site.sectionIds().indexOf(article.section()))
				.thenComparing(Article::title, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	/**
	 * Increases with every reload; lets caches tell one snapshot's answers from
	 * another's.
	 */
	public long version() {
		return this.version;
	}

	public SiteDescription site() {
		return this.site;
	}

	/** The registered care-level signs of {@code content/care-signs.yml}. */
	public CareSigns careSigns() {
		return this.careSigns;
	}

	/** The lay synonyms of {@code content/search/synonyms.txt}. */
	public SearchSynonyms synonyms() {
		return this.synonyms;
	}

	/** Published (non-draft) articles, by section order and then title. */
	public List<Article> publishedArticles() {
		return this.published;
	}

	public List<Article> publishedIn(String section) {
		return this.published.stream().filter((article) -> article.section().equals(section)).toList();
	}

	/** Every article including drafts, keyed by path. */
	public Map<String, Article> allArticles() {
		return this.articlesByPath;
	}

	public Optional<Article> article(String section, String slug, boolean includeDrafts) {
		Article article = this.articlesByPath.get("/" + section + "/" + slug);
		return Optional.ofNullable(article).filter((found) -> includeDrafts || !found.draft());
	}

	public Optional<Page> page(String slug) {
		return Optional.ofNullable(this.pages.get(slug));
	}

	public Map<String, Page> pages() {
		return this.pages;
	}

	/**
	 * Where an old path now lives, e.g. {@code /old-path} to {@code /causes/new-slug}.
	 */
	public Optional<String> aliasTarget(String path) {
		return Optional.ofNullable(this.aliases.get(path));
	}

	public Optional<ImageAsset> image(String name) {
		return Optional.ofNullable(this.images.get(name));
	}

}
