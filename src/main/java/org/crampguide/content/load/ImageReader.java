package org.crampguide.content.load;

import org.crampguide.content.ContentError;
import org.crampguide.content.ImageAsset;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.imageio.ImageIO;

/**
 * Reads an image file's intrinsic size and checks it against the format's image rules
 * (SVGs through {@link SvgReader}'s allowlist).
 */
final class ImageReader {

	static final int MAX_SVG_BYTES = 30 * 1024;

	static final int MAX_RASTER_BYTES = 200 * 1024;

	private static final Map<String, String> MEDIA_TYPES = Map.of("svg", "image/svg+xml", "png", "image/png", "jpg",
			"image/jpeg", "jpeg", "image/jpeg", "webp", "image/webp");

	private ImageReader() {
	}

	static boolean isImage(String name) {
		return MEDIA_TYPES.containsKey(extension(name));
	}

	/**
	 * Reads {@code file}, adding an error and returning {@code null} when it breaks a
	 * rule.
	 */
	static ImageAsset read(SourceFile file, List<ContentError> errors) {
		String name = file.path().substring("images/".length());
		String extension = extension(name);
		boolean svg = extension.equals("svg");
		int limit = svg ? MAX_SVG_BYTES : MAX_RASTER_BYTES;
		if (file.bytes().length > limit) {
			errors.add(new ContentError(file.displayPath(), 1, "image",
					"is " + file.bytes().length / 1024 + " KB; the limit is " + limit / 1024 + " KB"));
			return null;
		}
		int[] size = svg ? SvgReader.size(file, errors) : rasterSize(file, errors);
		return (size != null) ? new ImageAsset(name, file.bytes(), MEDIA_TYPES.get(extension), size[0], size[1]) : null;
	}

	private static int[] rasterSize(SourceFile file, List<ContentError> errors) {
		byte[] b = file.bytes();
		if (extension(file.path()).equals("webp")) {
			return webpSize(b, file, errors);
		}
		try {
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(b));
			if (image != null) {
				return new int[] { image.getWidth(), image.getHeight() };
			}
		}
		catch (IOException ex) {
			// reported below
		}
		errors.add(new ContentError(file.displayPath(), 1, "image", "cannot be read as an image"));
		return null;
	}

	private static int[] webpSize(byte[] b, SourceFile file, List<ContentError> errors) {
		String riff = new String(b, 0, Math.min(b.length, 16), StandardCharsets.ISO_8859_1);
		if (b.length >= 30 && riff.startsWith("RIFF") && riff.startsWith("WEBP", 8)) {
			String chunk = riff.substring(12, 16);
			if (chunk.equals("VP8X")) {
				return new int[] { 1 + u24(b, 24), 1 + u24(b, 27) };
			}
			if (chunk.equals("VP8 ")) {
				return new int[] { u16(b, 26) & 0x3fff, u16(b, 28) & 0x3fff };
			}
			if (chunk.equals("VP8L")) {
				int bits = (b[21] & 0xff) | (b[22] & 0xff) << 8 | (b[23] & 0xff) << 16 | (b[24] & 0xff) << 24;
				return new int[] { (bits & 0x3fff) + 1, ((bits >> 14) & 0x3fff) + 1 };
			}
		}
		errors.add(new ContentError(file.displayPath(), 1, "image", "is not a WebP image this site can read"));
		return null;
	}

	private static int u16(byte[] b, int i) {
		return (b[i] & 0xff) | (b[i + 1] & 0xff) << 8;
	}

	private static int u24(byte[] b, int i) {
		return (b[i] & 0xff) | (b[i + 1] & 0xff) << 8 | (b[i + 2] & 0xff) << 16;
	}

	private static String extension(String name) {
		int dot = name.lastIndexOf('.');
		return (dot < 0) ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

}
