package org.crampguide.content;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Running totals of content loads, kept by the repository and read by
 * {@link ContentMetrics}, so loading never depends on a metrics registry.
 */
public final class LoadCounters {

	private final AtomicLong loads = new AtomicLong();

	private final AtomicLong nanos = new AtomicLong();

	private final AtomicLong errors = new AtomicLong();

	void record(long elapsedNanos, int errorCount) {
		this.loads.incrementAndGet();
		this.nanos.addAndGet(elapsedNanos);
		this.errors.addAndGet(errorCount);
	}

	/** Loads so far, the startup load included. */
	public long loads() {
		return this.loads.get();
	}

	/** Time spent loading so far, in nanoseconds. */
	public long nanos() {
		return this.nanos.get();
	}

	/** Content errors reported by all loads so far. */
	public long errors() {
		return this.errors.get();
	}

}
