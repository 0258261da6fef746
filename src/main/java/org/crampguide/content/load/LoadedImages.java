package org.crampguide.content.load;

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

	private final Map<String, ImageAsset> images;

	/**
	 * Wraps the loaded images, keyed by file name ({@code calf.svg}).
	 */
	LoadedImages(Map<String, ImageAsset> images) {
		this.images = images;
	}

	@Override
	public Optional<ImageSize> sizeOf(String path) {
		if (!path.startsWith(FOLDER)) {
			return Optional.empty();
		}
		return Optional.ofNullable(this.images.get(path.substring(FOLDER.length())))
			.map((image) -> new ImageSize(image.width(), image.height()));
	}

	@Override
	public Optional<String> nearestTo(String path) {
		String name = path.substring(path.lastIndexOf('/') + 1);
		return NearestName.to(name, this.images.keySet()).map((near) -> FOLDER + near);
	}

}
