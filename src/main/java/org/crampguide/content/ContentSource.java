package org.crampguide.content;

/**
 * Where snapshots come from. The loader implements it, so this package, which controllers
 * and other features read, never depends on how files are parsed.
 */
public interface ContentSource {

	/**
	 * Reads the content tree into a new snapshot.
	 * @param previous the snapshot being replaced, whose good files stand in for broken
	 * ones, or {@code null} at startup
	 * @param version the new snapshot's version
	 */
	LoadResult load(ContentSnapshot previous, long version);

	/** Where the content is read from, for log lines. */
	String describe();

}
