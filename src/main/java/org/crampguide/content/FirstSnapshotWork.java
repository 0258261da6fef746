package org.crampguide.content;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.stereotype.Component;

/**
 * Runs the {@link FirstSnapshotTask}s on one background thread, one after another, lowest
 * order first: as soon as the first snapshot is loaded (while the server is still
 * starting) those the first answer needs, and the others once it has been given
 * ({@link FirstAnswer}). On two cores, building the related-articles index, which every
 * article page waits for, beside the search index made the first article of a
 * 10,000-article site wait about 2.5 s longer.
 */
@Component
public class FirstSnapshotWork implements SmartInitializingSingleton {

	/** First: every article page shows related articles. */
	public static final int RELATED_ARTICLES = 1;

	/** Then search, which only the search pages need. */
	public static final int SEARCH_INDEX = 2;

	/** Then the rest of a small site's pages, which render on request until then. */
	public static final int PAGES = 3;

	private static final Log logger = LogFactory.getLog(FirstSnapshotWork.class);

	private final ContentRepository content;

	private final List<FirstSnapshotTask> tasks;

	private final FirstAnswer firstAnswer;

	private final ExecutorService runner = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "first-snapshot-work");
		thread.setDaemon(true);
		return thread;
	});

	public FirstSnapshotWork(ContentRepository content, List<FirstSnapshotTask> tasks, FirstAnswer firstAnswer) {
		this.content = content;
		this.firstAnswer = firstAnswer;
		this.tasks = new ArrayList<>(tasks);
		AnnotationAwareOrderComparator.sort(this.tasks);
	}

	@Override
	public void afterSingletonsInstantiated() {
		this.runner.execute(() -> {
			ContentSnapshot first;
			try {
				first = this.content.snapshot();
			}
			catch (RuntimeException ex) {
				// A first load that failed (strict mode) stops the application, which
				// reports why: nothing to prepare.
				return;
			}
			this.tasks.stream().filter(FirstSnapshotTask::neededByFirstAnswer).forEach((task) -> prepare(task, first));
			if (!this.firstAnswer.await()) {
				return;
			}
			this.tasks.stream().filter((task) -> !task.neededByFirstAnswer()).forEach((task) -> prepare(task, first));
		});
	}

	private static void prepare(FirstSnapshotTask task, ContentSnapshot first) {
		try {
			task.prepare(first);
		}
		catch (RuntimeException ex) {
			logger.warn("Preparing the first snapshot: " + task.getClass().getSimpleName() + " failed", ex);
		}
	}

	@PreDestroy
	void stop() {
		this.runner.shutdownNow();
	}

}
