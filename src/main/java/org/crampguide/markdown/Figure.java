package org.crampguide.markdown;

/**
 * An image with the words that must travel with it.
 *
 * @param src the site path of the image, e.g. {@code /images/calf-stretch.svg}
 * @param alt text that describes the picture
 * @param caption why the picture matters
 * @param credit who made it
 * @param license its license, may be {@code null}
 * @param source URL of the original work, may be {@code null}
 * @param width intrinsic width in CSS pixels
 * @param height intrinsic height in CSS pixels
 */
public record Figure(String src, String alt, String caption, String credit, String license, String source, int width,
		int height) {

}
