package org.crampguide.markdown;

import java.util.Optional;

/**
 * Looks up the intrinsic size of an image in the content tree, so figures get width and
 * height attributes.
 */
@FunctionalInterface
public interface ImageCatalog {

	/**
	 * @param path a content-relative path such as {@code images/calf.svg}
	 * @return the image's size, or empty when no such image exists
	 */
	Optional<ImageSize> sizeOf(String path);

	/**
	 * The existing image whose path is closest to {@code path}, for a "did you mean" hint
	 * when it does not exist; empty when none is close or the catalog cannot tell.
	 */
	default Optional<String> nearestTo(String path) {
		return Optional.empty();
	}

	/** Width and height in CSS pixels. */
	record ImageSize(int width, int height) {
	}

}
