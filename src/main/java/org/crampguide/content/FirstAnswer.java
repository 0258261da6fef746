package org.crampguide.content;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.crampguide.site.SiteProperties;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Opens once the server has answered its first request, or {@link #FALLBACK} after the
 * application is ready when nobody has asked by then. Work that only later readers need
 * (rendering the rest of a small site, the search index) waits for it: on two cores it
 * shares the CPU with the first request, which took a seventh longer beside it. The
 * static export has no readers, so it opens at once there.
 */
@Component
public class FirstAnswer {

	/**
	 * Long enough for a reader who is waiting, short enough that the work starts soon.
	 */
	static final Duration FALLBACK = Duration.ofSeconds(1);

	private final CompletableFuture<Void> opened = new CompletableFuture<>();

	public FirstAnswer(SiteProperties properties) {
		if (properties.export() != null) {
			answered();
		}
	}

	/** A request has been answered; only the first call opens the gate. */
	public void answered() {
		// A read, not a write, on every request after the first.
		if (!this.opened.isDone()) {
			this.opened.complete(null);
		}
	}

	/** Whether the first request has been answered (or the fallback has passed). */
	public boolean isOpen() {
		return this.opened.isDone();
	}

	/**
	 * Waits until the gate is open; returns at once ever after.
	 * @return {@code false} when the thread has been interrupted: the application is
	 * stopping, and the work that waited should not start
	 */
	public boolean await() {
		try {
			this.opened.get();
			// get() on an open gate returns without looking at the interrupt flag: a
			// thread stopped while it waited for something else (the first load) stops.
			return !Thread.currentThread().isInterrupted();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
		catch (ExecutionException ex) {
			// Never completed exceptionally.
			throw new IllegalStateException(ex);
		}
	}

	@EventListener(ApplicationReadyEvent.class)
	void ready() {
		CompletableFuture.delayedExecutor(FALLBACK.toMillis(), TimeUnit.MILLISECONDS).execute(this::answered);
	}

}
