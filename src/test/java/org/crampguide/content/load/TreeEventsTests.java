package org.crampguide.content.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * File-system events for a content tree, including folders created after watching began.
 */
class TreeEventsTests {

	@TempDir
	Path root;

	@Test
	void reportsEditsNewFilesAndFilesInNewFolders() throws IOException {
		Files.createDirectories(this.root.resolve("articles/causes"));
		Files.writeString(this.root.resolve("articles/causes/a.md"), "one");
		try (TreeEvents events = TreeEvents.open(this.root)) {
			assertThat(events).isNotNull();
			assertThat(events.changed()).isFalse();
			Files.writeString(this.root.resolve("articles/causes/a.md"), "two");
			awaitChange(events);
			assertThat(events.changed()).isFalse();
			Files.createDirectories(this.root.resolve("articles/new-section"));
			awaitChange(events);
			Files.writeString(this.root.resolve("articles/new-section/b.md"), "three");
			awaitChange(events);
		}
	}

	private static void awaitChange(TreeEvents events) {
		AtomicBoolean seen = new AtomicBoolean();
		// A generous bound for the kernel to deliver the event: a hang guard, not a speed
		// target.
		await().atMost(Duration.ofSeconds(10)).until(() -> seen.get() || seen.compareAndSet(false, events.changed()));
		assertThat(seen).isTrue();
	}

}
