/**
 * Render once, serve bytes: every page of a content snapshot is produced once, by the
 * {@link org.crampguide.pages.PageSource}s of the other features, and kept as immutable
 * bytes with everything a response needs (gzip variant, strong ETag, headers). A servlet
 * filter answers from the store with a lookup and a write; the static export writes the
 * same bytes to files.
 */
package org.crampguide.pages;
