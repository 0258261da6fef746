package org.crampguide.pages;

import java.nio.charset.StandardCharsets;

/**
 * One rendered resource, as a {@link PageSource} produces it.
 *
 * @param bytes the body
 * @param contentType the {@code Content-Type} header value
 * @param cache how long it may be kept
 */
public record PageBody(byte[] bytes, String contentType, CachePolicy cache) {

	public static final String HTML = "text/html;charset=UTF-8";

	public static PageBody html(String html) {
		return text(html, HTML);
	}

	public static PageBody text(String text, String contentType) {
		return new PageBody(text.getBytes(StandardCharsets.UTF_8), contentType, CachePolicy.PAGE);
	}

	/** Whether the body is text, which is worth compressing. */
	public boolean compressible() {
		return this.contentType.startsWith("text/") || this.contentType.startsWith("application/")
				|| this.contentType.startsWith("image/svg+xml");
	}

}
