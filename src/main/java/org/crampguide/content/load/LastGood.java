package org.crampguide.content.load;

import java.util.Collection;
import java.util.Set;
import java.util.function.Function;

import org.crampguide.content.ContentSnapshot;

/**
 * A broken file keeps its last good version: the one in the snapshot being replaced.
 */
final class LastGood {

	private LastGood() {
	}

	/**
	 * {@code read}, or the previous snapshot's version of the same file when it broke
	 * (then recorded in {@code kept}).
	 */
	static <T> T orLastGood(T read, ContentSnapshot previous, SourceFile file,
			Function<ContentSnapshot, Collection<T>> all, Function<T, String> fileOf, Set<String> kept) {
		if (read != null || previous == null) {
			return read;
		}
		T lastGood = all.apply(previous)
			.stream()
			.filter((item) -> fileOf.apply(item).equals(file.displayPath()))
			.findFirst()
			.orElse(null);
		if (lastGood != null) {
			kept.add(file.displayPath());
		}
		return lastGood;
	}

}
