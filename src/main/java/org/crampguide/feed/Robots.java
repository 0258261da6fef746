package org.crampguide.feed;

import org.crampguide.pages.PageBody;
import org.crampguide.site.SiteAddress;

import org.springframework.stereotype.Component;

/**
 * {@code /robots.txt}: everything may be crawled except the actuator, and the sitemap is
 * named with its absolute URL.
 */
@Component
class Robots {

	private final SiteAddress site;

	Robots(SiteAddress site) {
		this.site = site;
	}

	PageBody robots() {
		return PageBody.text("User-agent: *\nAllow: /\nDisallow: /actuator/\n\nSitemap: "
				+ this.site.absolute("/sitemap.xml") + "\n", "text/plain;charset=UTF-8");
	}

}
