package org.crampguide.site;

import java.net.URI;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * The site's public address, which every absolute URL (canonical, Open Graph, JSON-LD,
 * sitemap, feed, robots.txt) is built from: the configured {@code crampguide.base-url},
 * except in editor mode with that setting left at its default, where it follows the port
 * the server actually bound, so a writer on {@code --server.port=8091} gets links that
 * work. Read at render time, so nothing built before the server started is stale.
 */
@Component
public class SiteAddress implements ApplicationListener<WebServerInitializedEvent> {

	private static final Log logger = LogFactory.getLog(SiteAddress.class);

	private final SiteProperties properties;

	private volatile URI baseUrl;

	public SiteAddress(SiteProperties properties) {
		this.properties = properties;
		this.baseUrl = properties.baseUrl();
	}

	/** The address absolute URLs start with. */
	public URI baseUrl() {
		return this.baseUrl;
	}

	/** The absolute URL of a site path such as {@code /causes/heat-cramps}. */
	public String absolute(String path) {
		String base = this.baseUrl.toString();
		return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
	}

	@Override
	public void onApplicationEvent(WebServerInitializedEvent event) {
		// The management server, when it has its own port, is not where pages live.
		boolean pagesServer = event.getApplicationContext().getServerNamespace() == null;
		if (pagesServer && this.properties.editor()
				&& SiteProperties.DEFAULT_BASE_URL.equals(this.properties.baseUrl())) {
			this.baseUrl = URI.create("http://localhost:" + event.getWebServer().getPort());
			logger
				.info("Editor mode: the site is at " + this.baseUrl + " (editor's view: " + absolute("/_editor") + ")");
		}
	}

}
