package org.crampguide.content.load;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.crampguide.content.ContentError;

/**
 * What reading each file gave last time, so a reload renders only the files that changed:
 * with 10,000 articles, an edit to one re-renders one. An entry is reused only when the
 * file's bytes and everything reading depends on (site.yml, the care signs, image sizes:
 * the {@code context} stamp) are unchanged.
 *
 * @param <T> what a file is read into
 */
final class ReadMemo<T> {

	private final Map<String, Entry<T>> entries = new ConcurrentHashMap<>();

	/**
	 * The result for {@code path}, from memory when nothing it depends on changed. A file
	 * is remembered by its SHA-256, not its bytes: keeping the bytes of 10,000 articles
	 * was 44 MB of heap for good, and while a reload read the next ones, twice that.
	 * Hashing those 44 MB measured 120 ms on one core cold and 32 ms warm (SHA-256 is an
	 * intrinsic on current CPUs), against about 14 s of CPU for the whole load; the first
	 * load pays it too, with nothing to compare against yet.
	 */
	Result<T> read(String path, byte[] bytes, byte[] context, Supplier<Result<T>> reader) {
		byte[] digest = digest(bytes);
		Entry<T> entry = this.entries.get(path);
		if (entry != null && Arrays.equals(entry.context(), context) && Arrays.equals(entry.digest(), digest)) {
			return entry.result();
		}
		Result<T> result = reader.get();
		this.entries.put(path, new Entry<>(digest, context, result));
		return result;
	}

	/** Forgets files that are gone. */
	void retainOnly(Set<String> paths) {
		this.entries.keySet().retainAll(paths);
	}

	static byte[] digest(byte[]... parts) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (byte[] part : parts) {
				digest.update(part);
				digest.update((byte) 0);
			}
			return digest.digest();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

	/**
	 * @param value what was read, or {@code null} when the file has errors
	 * @param errors the file's own errors
	 */
	record Result<T>(T value, List<ContentError> errors) {
	}

	private record Entry<T>(byte[] digest, byte[] context, Result<T> result) {
	}

}
