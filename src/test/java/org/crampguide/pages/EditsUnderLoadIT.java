package org.crampguide.pages;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.crampguide.testsupport.Fixtures;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Edits while readers read: with readers hammering 13 paths, each saved edit appears, no
 * request fails, and no page mixes two snapshots (its {@code <title>} and {@code
 *
<h1>} always come from the same one). How fast an edit appears under wrk-scale load is
 * measured by {@code bench/edit-under-load.sh}; here the bound is only a hang guard.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EditsUnderLoadIT {

	private static final Path CONTENT = copyOfFixtures();

	private static final String ARTICLE = "/causes/night-cramps";

	private static final List<String> PATHS = List.of("/", "/causes", ARTICLE, "/symptoms/what-it-feels-like",
			"/treatments", "/treatments/quinine-facts", "/treatments/stop-a-cramp", "/prevention",
			"/prevention/stretching-routine", "/about", "/sitemap.xml", "/feed.xml", "/css/site.css");

	private static final Pattern TITLE = Pattern.compile("<title>Why do night cramps happen(.*?)</title>");

	private static final Pattern HEADING = Pattern.compile("<h1>Why do night cramps happen(.*?)</h1>");

	@LocalServerPort
	int port;

	private final HttpClient client = HttpClient.newHttpClient();

	@DynamicPropertySource
	static void content(DynamicPropertyRegistry registry) {
		registry.add("crampguide.content-dir", CONTENT::toString);
		registry.add("crampguide.strict", () -> "false");
		registry.add("crampguide.reload-interval", () -> "100ms");
	}

	@Test
	void everyEditAppearsWhileNoReaderFailsOrSeesAMixedPage() throws Exception {
		AtomicBoolean reading = new AtomicBoolean(true);
		ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
		AtomicInteger requests = new AtomicInteger();
		List<Thread> readers = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			int offset = i;
			Thread reader = new Thread(() -> {
				for (int n = offset; reading.get(); n++) {
					read(PATHS.get(n % PATHS.size()), problems);
					requests.incrementAndGet();
				}
			});
			reader.start();
			readers.add(reader);
		}
		AtomicInteger current = new AtomicInteger();
		Thread aliasReader = new Thread(() -> {
			while (reading.get()) {
				checkAlias(current.get(), problems);
			}
		});
		aliasReader.start();
		readers.add(aliasReader);
		Path file = CONTENT.resolve("articles/causes/night-cramps.md");
		String original = Files.readString(file);
		for (int edit = 1; edit <= 5; edit++) {
			String suffix = ", take " + edit + "?";
			// Each edit renames the title and adds an alias: once the alias redirects,
			// the
			// page it leads to must already be the edited one.
			String text = original.replaceFirst("(?m)^title: .*$",
					"title: Why do night cramps happen" + suffix + "\naliases: [/old/night-" + edit + "]");
			current.set(edit);
			Files.writeString(file, text);
			await().atMost(Duration.ofSeconds(20))
				.until(() -> body(ARTICLE).contains("<h1>Why do night cramps happen" + suffix + "</h1>"));
		}
		reading.set(false);
		for (Thread reader : readers) {
			reader.join(10_000);
		}
		assertThat(requests.get()).isGreaterThan(100);
		assertThat(problems).isEmpty();
	}

	private void read(String path, ConcurrentLinkedQueue<String> problems) {
		try {
			HttpResponse<String> response = this.client.send(
					HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				problems.add(path + " answered " + response.statusCode());
			}
			else if (path.equals(ARTICLE)) {
				Matcher title = TITLE.matcher(response.body());
				Matcher heading = HEADING.matcher(response.body());
				if (!title.find() || !heading.find() || !title.group(1).startsWith(heading.group(1))) {
					problems.add("a page mixing two snapshots: " + (title.find(0) ? title.group() : "no title"));
				}
			}
		}
		catch (IOException ex) {
			problems.add(path + ": " + ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * When {@code /old/night-<edit>} redirects, its target shows that edit or a later
	 * one.
	 */
	private void checkAlias(int edit, ConcurrentLinkedQueue<String> problems) {
		if (edit == 0) {
			return;
		}
		try {
			HttpResponse<String> alias = this.client.send(
					HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/old/night-" + edit)).build(),
					HttpResponse.BodyHandlers.ofString());
			if (alias.statusCode() != 301) {
				return;
			}
			Matcher heading = Pattern.compile("<h1>Why do night cramps happen, take (\\d+)\\?</h1>")
				.matcher(body(ARTICLE));
			if (!heading.find() || Integer.parseInt(heading.group(1)) < edit) {
				problems.add("/old/night-" + edit + " redirected to a page that does not have edit " + edit + " yet");
			}
		}
		catch (IOException ex) {
			problems.add("alias: " + ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private String body(String path) throws IOException, InterruptedException {
		return this.client
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
	}

	private static Path copyOfFixtures() {
		try {
			return Fixtures.copy(Fixtures.CONTENT, Files.createTempDirectory("edits-under-load"));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
