package org.crampguide.site;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Every {@code crampguide.*} setting, in one record so the defaults live in one place.
 *
 * @param baseUrl the public address of the site; every absolute URL (canonical, Open
 * Graph, sitemap, feed) is built from it, never from a request's Host header, which a
 * client controls
 * @param contentDir a content folder on disk, watched for edits; when unset, the content
 * bundled in the jar
 * @param strict fail on any content error instead of logging it and leaving the file out
 * @param drafts serve draft articles at their URLs (for previews); drafts are never
 * listed either way
 * @param reloadInterval how often the content folder is checked for changes
 * @param export when set, write the whole site as static files into this folder and exit
 * instead of serving it
 * @param pages how rendered pages are kept in memory
 */
@ConfigurationProperties("crampguide")
public record SiteProperties(@DefaultValue("http://localhost:8080") URI baseUrl, Path contentDir,
		@DefaultValue("false") boolean strict, @DefaultValue("false") boolean drafts,
		@DefaultValue("500ms") Duration reloadInterval, Path export, @DefaultValue Pages pages) {

	/** Settings for the bundled content with the default base URL. */
	public static SiteProperties defaults() {
		return new SiteProperties(URI.create("http://localhost:8080"), null, false, false, Duration.ofMillis(500), null,
				Pages.defaults());
	}

	/**
	 * The page store's settings.
	 *
	 * @param prerenderLimit sites with at most this many articles render every page when
	 * a snapshot is built; larger ones render each page on its first request
	 * @param cacheSize the most memory rendered pages may take, counted in bytes (both
	 * encodings)
	 */
	public record Pages(@DefaultValue("2000") int prerenderLimit, @DefaultValue("64MB") DataSize cacheSize) {

		public static Pages defaults() {
			return new Pages(2000, DataSize.ofMegabytes(64));
		}

	}

	/** The absolute URL of a site path such as {@code /causes/heat-cramps}. */
	public String absolute(String path) {
		String base = this.baseUrl.toString();
		if (base.endsWith("/")) {
			base = base.substring(0, base.length() - 1);
		}
		return base + path;
	}

}
