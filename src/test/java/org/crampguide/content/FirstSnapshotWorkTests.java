package org.crampguide.content;

import java.lang.reflect.Method;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.core.annotation.Order;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first snapshot's background work runs one task at a time, in order, past failures;
 * the related-articles index is submitted before the search index.
 */
class FirstSnapshotWorkTests {

	@Test
	void runsTasksOneAfterAnotherInTheOrderSubmittedPastAFailure() throws InterruptedException {
		FirstSnapshotWork work = new FirstSnapshotWork();
		List<String> log = new CopyOnWriteArrayList<>();
		CountDownLatch done = new CountDownLatch(1);
		work.submit("slow", () -> {
			log.add("slow started");
			sleep();
			log.add("slow done");
		});
		work.submit("broken", () -> {
			throw new IllegalStateException("broken on purpose");
		});
		work.submit("last", () -> {
			log.add("last");
			done.countDown();
		});
		assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
		assertThat(log).containsExactly("slow started", "slow done", "last");
		work.stop();
	}

	@Test
	void submitsTheRelatedArticlesIndexBeforeTheSearchIndex() throws ClassNotFoundException {
		assertThat(order("org.crampguide.related.RelatedArticles", "prepareFirst"))
			.isEqualTo(FirstSnapshotWork.RELATED_ARTICLES)
			.isLessThan(order("org.crampguide.search.SearchIndexes", "buildFirst"));
	}

	private static int order(String type, String method) throws ClassNotFoundException {
		for (Method each : Class.forName(type).getDeclaredMethods()) {
			if (each.getName().equals(method) && each.getParameterTypes().length == 1
					&& each.getParameterTypes()[0] == ApplicationReadyEvent.class) {
				return each.getAnnotation(Order.class).value();
			}
		}
		throw new AssertionError(type + "." + method + "(ApplicationReadyEvent) is gone");
	}

	private static void sleep() {
		try {
			Thread.sleep(200);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
