package org.crampguide.web;

import java.time.Duration;

import org.crampguide.content.ContentRepository;
import org.crampguide.content.ImageAsset;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * Serves content images from the in-memory snapshot. Names are looked up in a map, never
 * joined onto a file path, so no request can reach a file outside {@code content/images}.
 */
@Controller
class ImageController {

	private final ContentRepository content;

	ImageController(ContentRepository content) {
		this.content = content;
	}

	@GetMapping("/images/{name:[A-Za-z0-9._-]+}")
	ResponseEntity<byte[]> image(@PathVariable String name) {
		ImageAsset image = this.content.snapshot()
			.image(name)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(image.mediaType()))
			.cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
			.body(image.bytes());
	}

}
