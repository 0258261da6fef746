/**
 * Heading anchors: stable ids and self-links for {@code ##} and {@code ###} headings.
 */
package org.crampguide.markdown.heading;
