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
 * Graph, sitemap, feed) is built from it through {@link SiteAddress}, never from a
 * request's Host header, which a client controls
 * @param contentDir a content folder on disk, watched for edits; when unset, the content
 * bundled in the jar
 * @param strict fail on any content error instead of logging it and leaving the file out
 * @param drafts serve draft articles at their URLs (for previews); drafts are never
 * listed either way
 * @param reloadInterval how often the content folder is checked for changes
 * @param editor the writer's view: {@code /_editor}, error banners on pages, drafts
 * served with a label, and the base URL following the port actually bound when it is left
 * at its default; {@code ./mvnw spring-boot:run} turns it on, nothing else does
 * @param export when set, write the whole site as static files into this folder and exit
 * instead of serving it
 * @param pages how rendered pages are kept in memory
 */
@ConfigurationProperties("crampguide")
public record SiteProperties(@DefaultValue("http://localhost:8080") URI baseUrl, Path contentDir,
		@DefaultValue("false") boolean strict, @DefaultValue("false") boolean drafts,
		@DefaultValue("500ms") Duration reloadInterval, @DefaultValue("false") boolean editor, Path export,
		@DefaultValue Pages pages) {

	/** The default of {@link #baseUrl}, which editor mode replaces by the bound port. */
	public static final URI DEFAULT_BASE_URL = URI.create("http://localhost:8080");

	/** Settings for the bundled content with the default base URL. */
	public static SiteProperties defaults() {
		return new SiteProperties(DEFAULT_BASE_URL, null, false, false, Duration.ofMillis(500), false, null,
				Pages.defaults());
	}

	/** Whether drafts are served: asked for, or implied by editor mode. */
	public boolean servesDrafts() {
		return this.drafts || this.editor;
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

}
