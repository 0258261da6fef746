package org.crampguide.share;

import java.time.Duration;

import org.crampguide.content.Article;
import org.crampguide.content.ContentRepository;
import org.crampguide.content.ContentSnapshot;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * Serves link preview images at stable URLs: {@code /share/site.png} and
 * {@code /share/<section>/<slug>.png}.
 */
@Controller
class ShareImageController {

	private final ContentRepository content;

	private final ShareImageCache images;

	ShareImageController(ContentRepository content, ShareImageCache images) {
		this.content = content;
		this.images = images;
	}

	@GetMapping("/share/site.png")
	ResponseEntity<byte[]> site() {
		return png(this.images.forSite(this.content.snapshot()));
	}

	@GetMapping("/share/{section:[a-z0-9-]+}/{slug:[a-z0-9-]+}.png")
	ResponseEntity<byte[]> article(@PathVariable String section, @PathVariable String slug) {
		ContentSnapshot snapshot = this.content.snapshot();
		Article article = snapshot.article(section, slug, false)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return png(this.images.forArticle(snapshot, article));
	}

	private static ResponseEntity<byte[]> png(byte[] bytes) {
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
			.body(bytes);
	}

}
