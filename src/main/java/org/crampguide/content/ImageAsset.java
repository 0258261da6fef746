package org.crampguide.content;

/**
 * An image of the content tree, held in memory and served at {@code /images/<name>}.
 *
 * @param name the file name, e.g. {@code calf-stretch.svg}
 * @param bytes the file's contents
 * @param mediaType its content type
 * @param width intrinsic width in CSS pixels
 * @param height intrinsic height in CSS pixels
 */
public record ImageAsset(String name, byte[] bytes, String mediaType, int width, int height) {

}
