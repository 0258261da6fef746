package org.crampguide.content.load;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.crampguide.content.ImageAsset;
import org.crampguide.markdown.ImageCatalog;

/**
 * The images of one load as the Markdown renderer sees them: their sizes, and the nearest
 * existing name when a figure names one that does not exist.
 */
final class LoadedImages implements ImageCatalog {

	private static final String FOLDER = "images/";

	/**
	 * Sizes only, not the images: a body's HTML is written later from a parser that holds
	 * this catalog, and an article kept across reloads must not keep its load's image
	 * bytes.
	 */
	private final Map<String, ImageSize> sizes = new HashMap<>();

	/**
	 * The sizes of the loaded images, keyed by file name ({@code calf.svg}).
	 */
	LoadedImages(Map<String, ImageAsset> images) {
		images.forEach((name, image) -> this.sizes.put(name, new ImageSize(image.width(), image.height())));
	}

	@Override
	public Optional<ImageSize> sizeOf(String path) {
		if (!path.startsWith(FOLDER)) {
			return Optional.empty();
		}
		return Optional.ofNullable(this.sizes.get(path.substring(FOLDER.length())));
	}

	@Override
	public Optional<String> nearestTo(String path) {
		String name = path.substring(path.lastIndexOf('/') + 1);
		return NearestName.to(name, this.sizes.keySet()).map((near) -> FOLDER + near);
	}

}
