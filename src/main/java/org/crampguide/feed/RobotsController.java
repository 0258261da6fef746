package org.crampguide.feed;

import org.crampguide.site.SiteAddress;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /robots.txt}: everything may be crawled except the actuator, and the sitemap is
 * named with its absolute URL.
 */
@Controller
class RobotsController {

	private final SiteAddress site;

	RobotsController(SiteAddress site) {
		this.site = site;
	}

	@GetMapping(path = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
	ResponseEntity<String> robots() {
		return ResponseEntity.ok()
			.contentType(MediaType.TEXT_PLAIN)
			.body("User-agent: *\nAllow: /\nDisallow: /actuator/\n\nSitemap: " + this.site.absolute("/sitemap.xml")
					+ "\n");
	}

}
