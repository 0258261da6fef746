package org.crampguide.site;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the public site.
 *
 * @param baseUrl the public address of the site; every absolute URL (canonical, Open
 * Graph, sitemap, feed) is built from it, never from a request's Host header, which a
 * client controls
 */
@ConfigurationProperties("crampguide")
public record SiteProperties(@DefaultValue("http://localhost:8080") URI baseUrl) {

	/** The absolute URL of a site path such as {@code /causes/heat-cramps}. */
	public String absolute(String path) {
		String base = this.baseUrl.toString();
		if (base.endsWith("/")) {
			base = base.substring(0, base.length() - 1);
		}
		return base + path;
	}

}
