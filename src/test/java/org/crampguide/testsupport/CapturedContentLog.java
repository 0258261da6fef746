package org.crampguide.testsupport;

import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

/**
 * Captures what the content loader and repository log, instead of printing it, for tests
 * that load deliberately broken fixtures: a passing {@code ./mvnw verify} then prints no
 * content ERROR lines that would send a writer looking for files that do not exist. Tests
 * read the captured lines with {@link #lines()}. Use with
 * {@code @ExtendWith(CapturedContentLog.class)}.
 */
public final class CapturedContentLog implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

	private static final Logger CONTENT = (Logger) LoggerFactory.getLogger("org.crampguide.content");

	private static final ListAppender<ILoggingEvent> captured = new ListAppender<>();

	@Override
	public void beforeAll(ExtensionContext context) {
		captured.start();
		CONTENT.addAppender(captured);
		CONTENT.setAdditive(false);
		CONTENT.setLevel(Level.INFO);
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		synchronized (captured) {
			captured.list.clear();
		}
	}

	@Override
	public void afterAll(ExtensionContext context) {
		CONTENT.detachAppender(captured);
		CONTENT.setAdditive(true);
		CONTENT.setLevel(null);
		captured.stop();
	}

	/** What the content packages logged in the current test, formatted as printed. */
	public static List<String> lines() {
		synchronized (captured) {
			return captured.list.stream().map((event) -> event.getLevel() + " " + event.getFormattedMessage()).toList();
		}
	}

}
