package org.crampguide.content;

/**
 * Published when a reload has loaded a new snapshot, on the reload thread and before the
 * repository serves it: listeners prepare what it needs (pages, search index, related
 * index) and let go of what only older snapshots needed.
 *
 * @param snapshot the snapshot about to be served
 */
public record ContentReloadedEvent(ContentSnapshot snapshot) {

}
