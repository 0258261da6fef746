package org.crampguide.content.load;

import java.nio.charset.StandardCharsets;

/**
 * One file of the content tree, read into memory.
 *
 * @param path the path relative to the content root, with forward slashes
 * ({@code articles/causes/x.md})
 * @param bytes the file's contents
 */
public record SourceFile(String path, byte[] bytes) {

	public String text() {
		return new String(this.bytes, StandardCharsets.UTF_8);
	}

	/**
	 * The path as a writer sees it in messages, e.g.
	 * {@code content/articles/causes/x.md}.
	 */
	public String displayPath() {
		return "content/" + this.path;
	}

}
