/**
 * Share images: the 1200x630 PNG each article shows in link previews, drawn with Java2D
 * and cached.
 */
package org.crampguide.share;
