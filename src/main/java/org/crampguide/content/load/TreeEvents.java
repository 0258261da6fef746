package org.crampguide.content.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.stream.Stream;

/**
 * Change events for a content tree from the JDK's {@link WatchService} (inotify on
 * Linux), so watching 10,000 files costs nothing between edits. Every folder is
 * registered, and folders created later are registered as they appear.
 */
final class TreeEvents implements AutoCloseable {

	private final WatchService service;

	private TreeEvents(WatchService service) {
		this.service = service;
	}

	/**
	 * Events for {@code root}, or {@code null} when this file system cannot give them.
	 */
	static TreeEvents open(Path root) {
		try {
			TreeEvents events = new TreeEvents(FileSystems.getDefault().newWatchService());
			events.registerTree(root);
			return events;
		}
		catch (IOException | UnsupportedOperationException ex) {
			return null;
		}
	}

	/** Whether anything changed since the last call; never blocks. */
	boolean changed() throws IOException {
		boolean changed = false;
		WatchKey key;
		try {
			while ((key = this.service.poll()) != null) {
				Path folder = (Path) key.watchable();
				try {
					for (var event : key.pollEvents()) {
						changed = true;
						if (event.context() instanceof Path name && Files.isDirectory(folder.resolve(name))) {
							registerQuietly(folder.resolve(name));
						}
					}
				}
				finally {
					// Without a reset the folder reports nothing ever again.
					key.reset();
				}
			}
		}
		catch (ClosedWatchServiceException ex) {
			return false;
		}
		return changed;
	}

	/** A folder created and deleted at once (a git checkout) is simply not watched. */
	private void registerQuietly(Path folder) {
		try {
			registerTree(folder);
		}
		catch (IOException | UncheckedIOException ex) {
			// Gone already; the periodic full check covers anything missed.
		}
	}

	private void registerTree(Path root) throws IOException {
		try (Stream<Path> folders = Files.walk(root)) {
			for (Path folder : (Iterable<Path>) folders.filter(Files::isDirectory)::iterator) {
				folder.register(this.service, StandardWatchEventKinds.ENTRY_CREATE,
						StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY,
						StandardWatchEventKinds.OVERFLOW);
			}
		}
	}

	@Override
	public void close() {
		try {
			this.service.close();
		}
		catch (IOException ex) {
			// Closing on shutdown: nothing left to do.
		}
	}

}
