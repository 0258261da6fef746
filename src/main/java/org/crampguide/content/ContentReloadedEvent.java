package org.crampguide.content;

/**
 * Published after a new snapshot has been swapped in, so caches built on the old one can
 * let go of it.
 *
 * @param snapshot the snapshot now being served
 */
public record ContentReloadedEvent(ContentSnapshot snapshot) {

}
