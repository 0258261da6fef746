package org.crampguide.content.load;

import org.crampguide.site.SiteProperties;
import org.crampguide.content.ContentRepository;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Picks up edits in the content folder without a restart. File-system events (the JDK's
 * WatchService) say when something changed, so 10,000 files cost nothing between edits;
 * because those miss changes on some mounted and networked file systems, a cheap
 * fingerprint of the tree (paths, sizes, modification times) is also compared every
 * {@link #FULL_CHECK_EVERY} ticks, and on every tick when events are not available.
 */
@Component
public class ContentWatcher implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(ContentWatcher.class);

	private final ContentRepository repository;

	private final SiteProperties properties;

	private ScheduledExecutorService executor;

	/** Ticks between full fingerprint checks when file-system events work. */
	static final int FULL_CHECK_EVERY = 20;

	private long fingerprint;

	private TreeEvents events;

	private int ticks;

	public ContentWatcher(ContentRepository repository, SiteProperties properties) {
		this.repository = repository;
		this.properties = properties;
	}

	@Override
	public void start() {
		Path folder = this.properties.contentDir();
		if (folder == null) {
			return;
		}
		Path root = realPath(folder);
		this.fingerprint = fingerprint(root);
		this.events = TreeEvents.open(root);
		if (this.events == null) {
			logger.info("No file-system events for " + root + "; checking it every tick instead");
		}
		this.executor = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "content-watcher");
			thread.setDaemon(true);
			return thread;
		});
		long interval = this.properties.reloadInterval().toMillis();
		this.executor.scheduleWithFixedDelay(() -> checkForChanges(root), interval, interval, TimeUnit.MILLISECONDS);
	}

	private void checkForChanges(Path root) {
		try {
			boolean signalled = this.events != null && this.events.changed();
			boolean fullCheck = this.events == null || ++this.ticks % FULL_CHECK_EVERY == 0;
			if (!signalled && !fullCheck) {
				return;
			}
			long now = fingerprint(root);
			// An event is enough: a coarse clock can leave size and time unchanged, and
			// reloading unchanged files costs little (they are not rendered again).
			if (signalled || now != this.fingerprint) {
				this.fingerprint = now;
				this.repository.reload();
			}
		}
		catch (Throwable ex) {
			// Keep watching whatever happened: an exception or Error escaping this task
			// would cancel the schedule, and no edit would ever be picked up again. Not
			// even an OutOfMemoryError is rethrown: the failed pass's garbage is
			// collectable, and a JVM that must die on it has -XX:+ExitOnOutOfMemoryError.
			logger.error("Content reload failed; still serving the last good content", ex);
		}
	}

	/** A content folder given as a link is watched where it leads. */
	private static Path realPath(Path root) {
		try {
			return root.toRealPath();
		}
		catch (IOException ex) {
			return root;
		}
	}

	static long fingerprint(Path root) {
		try (Stream<Path> paths = Files.walk(root)) {
			return paths.filter(Files::isRegularFile).mapToLong((path) -> {
				try {
					return path.toString().hashCode() * 31L + Files.size(path) * 17L
							+ Files.getLastModifiedTime(path).toMillis();
				}
				catch (IOException ex) {
					return 0;
				}
			}).reduce(7, (a, b) -> a * 1_000_003L ^ b);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void stop() {
		if (this.executor != null) {
			this.executor.shutdownNow();
			this.executor = null;
		}
		if (this.events != null) {
			this.events.close();
			this.events = null;
		}
	}

	@Override
	public boolean isRunning() {
		return this.executor != null;
	}

}
