package org.crampguide.pages;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * A rendered resource with everything its responses need, computed once: the identity and
 * gzip bytes, a strong ETag for each (they are different representations), and the
 * headers. Brotli is left out: no pure-Java Brotli encoder is maintained (Google's
 * {@code org.brotli:dec} only decodes, and brotli4j ships native libraries per platform),
 * and a CDN in front can add it.
 *
 * @param body the identity bytes
 * @param gzip the gzip bytes, or {@code null} when not worth it (binary or smaller)
 * @param etag the identity ETag, quoted
 * @param gzipEtag the gzip ETag, quoted, or {@code null}
 * @param contentType the {@code Content-Type}
 * @param cacheControl the {@code Cache-Control}
 */
public record StoredPage(byte[] body, byte[] gzip, String etag, String gzipEtag, String contentType,
		String cacheControl) {

	private static final int MIN_GZIP_SIZE = 256;

	public static StoredPage of(PageBody page) {
		return of(page, false);
	}

	/**
	 * @param page the rendered resource
	 * @param revalidate whether pages must be revalidated on every view (editor mode, so
	 * a saved edit shows on the next click)
	 */
	public static StoredPage of(PageBody page, boolean revalidate) {
		String hash = hash(page.bytes());
		byte[] gzip = page.compressible() && page.bytes().length >= MIN_GZIP_SIZE ? gzip(page.bytes()) : null;
		if (gzip != null && gzip.length >= page.bytes().length) {
			gzip = null;
		}
		return new StoredPage(page.bytes(), gzip, '"' + hash + '"', (gzip != null) ? '"' + hash + "-gz\"" : null,
				page.contentType(),
				(revalidate && page.cache() == CachePolicy.PAGE) ? "no-cache" : page.cache().header());
	}

	/** The memory this entry takes, for the byte-weighed cache. */
	public int weight() {
		return this.body.length + ((this.gzip != null) ? this.gzip.length : 0) + 256;
	}

	/** Whether there are two encodings, so responses must say {@code Vary}. */
	public boolean varies() {
		return this.gzip != null;
	}

	static String hash(byte[] bytes) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
			return HexFormat.of().formatHex(digest, 0, 12);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

	private static byte[] gzip(byte[] bytes) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
		try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
			{
				this.def.setLevel(Deflater.BEST_COMPRESSION);
			}
		}) {
			gzip.write(bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
