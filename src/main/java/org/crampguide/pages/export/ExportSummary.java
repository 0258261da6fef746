package org.crampguide.pages.export;

/**
 * What an export wrote.
 *
 * @param files the files written, {@code .gz} copies and redirect files included
 * @param bytes their total size
 * @param millis how long it took
 */
record ExportSummary(int files, long bytes, long millis) {

	@Override
	public String toString() {
		return String.format("Exported %,d files, %,d bytes, in %.1f s", this.files, this.bytes, this.millis / 1000.0);
	}

}
