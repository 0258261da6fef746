package org.crampguide;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The command the README gives writers, run as they run it:
 * {@code ./mvnw spring-boot:run -Dspring-boot.run.arguments=--server.port=N} starts the
 * site on port N (the pom's own settings must not override the argument), in editor mode,
 * with links built for that port. Compilation is skipped: the build has just compiled the
 * classes this command would run.
 */
class RunCommandIT {

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	@Test
	void honoursThePortArgumentAndRunsInEditorModeWithLinksForThatPort() throws Exception {
		int port = freePort();
		Process run = new ProcessBuilder("./mvnw", "-q", "-B", "spring-boot:run",
				"-Dspring-boot.run.arguments=--server.port=" + port, "-Dmaven.main.skip=true", "-Dmaven.test.skip=true",
				"-Dspring-javaformat.skip=true")
			.redirectErrorStream(true)
			.redirectOutput(Path.of("target/run-command-it.log").toFile())
			.start();
		try {
			// Waiting for startup, not timing it: Maven and the site may take a while on
			// a busy machine.
			await().atMost(Duration.ofMinutes(4))
				.pollInterval(Duration.ofSeconds(1))
				.until(() -> run.isAlive() ? status(port, "/") == 200 : failed(run));
			assertThat(status(port, "/_editor")).as("editor mode is on under spring-boot:run").isEqualTo(200);
			assertThat(get(port, "/about").body())
				.contains("<link rel=\"canonical\" href=\"http://localhost:" + port + "/about\">");
		}
		finally {
			stop(run);
		}
	}

	private static boolean failed(Process run) {
		throw new AssertionError("./mvnw spring-boot:run exited with " + run.exitValue()
				+ " before answering; see target/run-command-it.log");
	}

	private int status(int port, String path) {
		try {
			return get(port, path).statusCode();
		}
		catch (IOException ex) {
			return -1;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return -1;
		}
	}

	private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.timeout(Duration.ofSeconds(10))
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	/** Stops Maven and the application JVM it forked. */
	private static void stop(Process run) throws InterruptedException {
		List<ProcessHandle> children = run.descendants().toList();
		children.forEach(ProcessHandle::destroy);
		run.destroy();
		for (ProcessHandle child : children) {
			child.onExit().completeOnTimeout(child, 30, java.util.concurrent.TimeUnit.SECONDS).join();
			child.destroyForcibly();
		}
		if (!run.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
			run.destroyForcibly();
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
