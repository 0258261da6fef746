package org.crampguide.content;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

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

	private final Map<String, List<Article>> publishedBySection;

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
		// Looked up once, not on each of the sort's comparisons: with 10,000 articles
		// that was a twentieth of the load.
		List<String> sectionOrder = site.sectionIds();
		Map<String, Comparator<Article>> articleOrders = new HashMap<>();
		this.published = articlesByPath.values()
			.stream()
			.filter((article) -> !article.draft())
			.sorted(Comparator.comparingInt((Article article) -> sectionOrder.indexOf(article.section()))
				.thenComparing((first, second) -> articleOrders
					.computeIfAbsent(first.section(), (id) -> site.section(id).articleOrder().comparator())
					.compare(first, second)))
			.toList();
		// Grouped once, so a section page of a large site does not filter every article.
		this.publishedBySection = this.published.stream()
			.collect(Collectors.groupingBy(Article::section, LinkedHashMap::new, Collectors.toUnmodifiableList()));
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

	/**
	 * Published (non-draft) articles, by section order and then each section's article
	 * order.
	 */
	public List<Article> publishedArticles() {
		return this.published;
	}

	/** The published articles of one section, in its article order. */
	public List<Article> publishedIn(String section) {
		return this.publishedBySection.getOrDefault(section, List.of());
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

	/** Every alias, old path to new path. */
	public Map<String, String> aliases() {
		return this.aliases;
	}

	/** Every image, by file name. */
	public Map<String, ImageAsset> images() {
		return this.images;
	}

	public Optional<ImageAsset> image(String name) {
		return Optional.ofNullable(this.images.get(name));
	}

	/**
	 * Whether some version of {@code file} (as {@link ContentError#file()} names it) is
	 * on the site. Files that are not articles, pages or images always count as served.
	 */
	public boolean serves(String file) {
		if (file.startsWith("content/images/")) {
			return this.images.containsKey(file.substring("content/images/".length()));
		}
		if (file.startsWith("content/articles/")) {
			return this.articlesByPath.values().stream().anyMatch((article) -> article.file().equals(file));
		}
		if (file.startsWith("content/pages/")) {
			return this.pages.values().stream().anyMatch((page) -> page.file().equals(file));
		}
		return true;
	}

}
