package org.crampguide.content;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.stereotype.Component;

/**
 * Builds what the first snapshot needs beyond loading, one task after another on one
 * background thread, in the order the application-ready listeners submit them (their
 * {@code @Order} is one of the constants here). On two cores, building the
 * related-articles index, which every article page waits for, beside the search index
 * made the first article of a 10,000-article site wait about 2.5 s longer.
 */
@Component
public class FirstSnapshotWork {

	/** First: every article page shows related articles. */
	public static final int RELATED_ARTICLES = 1;

	/** Then search, which only the search pages need. */
	public static final int SEARCH_INDEX = 2;

	private static final Log logger = LogFactory.getLog(FirstSnapshotWork.class);

	private final ExecutorService runner = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "first-snapshot-work");
		thread.setDaemon(true);
		return thread;
	});

	/** Runs {@code task} after every task submitted before it; a failure is logged. */
	public void submit(String name, Runnable task) {
		this.runner.execute(() -> {
			try {
				task.run();
			}
			catch (RuntimeException ex) {
				logger.warn("Building the " + name + " of the first snapshot failed", ex);
			}
		});
	}

	@PreDestroy
	void stop() {
		this.runner.shutdownNow();
	}

}
