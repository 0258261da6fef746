package org.crampguide.search;

import org.crampguide.content.ContentRepository;
import org.crampguide.site.SiteProperties;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /opensearch.xml}, from {@link OpenSearchDescription}. */
@Controller
class OpenSearchController {

	private static final MediaType OPENSEARCH = MediaType.parseMediaType("application/opensearchdescription+xml");

	private final ContentRepository content;

	private final SiteProperties properties;

	OpenSearchController(ContentRepository content, SiteProperties properties) {
		this.content = content;
		this.properties = properties;
	}

	@GetMapping("/opensearch.xml")
	ResponseEntity<String> description() {
		return ResponseEntity.ok()
			.contentType(OPENSEARCH)
			.body(OpenSearchDescription.of(this.content.snapshot(), this.properties));
	}

}
