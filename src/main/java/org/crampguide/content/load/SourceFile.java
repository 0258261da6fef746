package org.crampguide.content.load;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.crampguide.content.ContentError;

/**
 * One file of the content tree, read into memory.
 *
 * @param path the path relative to the content root, with forward slashes
 * ({@code articles/causes/x.md})
 * @param bytes the file's contents
 */
public record SourceFile(String path, byte[] bytes) {

	/** The most a Markdown or YAML file may hold: ten times the longest article. */
	static final int MAX_TEXT_BYTES = 256 * 1024;

	public String text() {
		return new String(this.bytes, StandardCharsets.UTF_8);
	}

	/**
	 * The file as UTF-8 text, or {@code null} after recording why not: it is larger than
	 * {@link #MAX_TEXT_BYTES} (refused before parsing), or it holds bytes that are not
	 * UTF-8 (named by line, instead of silently turned into replacement characters).
	 */
	String checkedText(List<ContentError> errors) {
		if (this.bytes.length > MAX_TEXT_BYTES) {
			errors.add(new ContentError(displayPath(), 1, "file", "is " + this.bytes.length / 1024
					+ " KB; a content text file may be at most " + MAX_TEXT_BYTES / 1024 + " KB"));
			return null;
		}
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(this.bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			errors.add(new ContentError(displayPath(), lineOfFirstBadByte(), "file",
					"is not valid UTF-8 text; save it as UTF-8"));
			return null;
		}
	}

	private int lineOfFirstBadByte() {
		var decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(this.bytes);
		decoder.decode(in, CharBuffer.allocate(this.bytes.length + 1), true);
		int line = 1;
		for (int i = 0; i < in.position(); i++) {
			if (this.bytes[i] == '\n') {
				line++;
			}
		}
		return line;
	}

	/**
	 * The path as a writer sees it in messages, e.g.
	 * {@code content/articles/causes/x.md}.
	 */
	public String displayPath() {
		return "content/" + this.path;
	}

}
