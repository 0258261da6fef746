package org.crampguide.site;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

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
 */
@ConfigurationProperties("crampguide")
public record SiteProperties(@DefaultValue("http://localhost:8080") URI baseUrl, Path contentDir,
		@DefaultValue("false") boolean strict, @DefaultValue("false") boolean drafts,
		@DefaultValue("500ms") Duration reloadInterval) {

	/** Settings for the bundled content with the default base URL. */
	public static SiteProperties defaults() {
		return new SiteProperties(URI.create("http://localhost:8080"), null, false, false, Duration.ofMillis(500));
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
