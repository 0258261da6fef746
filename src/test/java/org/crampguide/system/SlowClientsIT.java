package org.crampguide.system;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.crampguide.testsupport.FixtureSite;
import org.crampguide.testsupport.SiteClient;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Slow and greedy clients: idle and trickling connections do not keep a reader from an
 * article, and oversized headers and URLs are refused with a client error. The 500
 * connection version, with timings, is {@code bench/slow-clients.sh}.
 */
@FixtureSite
class SlowClientsIT {

	private static final int SLOW_CLIENTS = 50;

	@LocalServerPort
	int port;

	@Test
	void aReaderGetsAnArticleWhileFiftyClientsHoldConnectionsOpen() throws Exception {
		List<Socket> slow = new ArrayList<>();
		try {
			for (int i = 0; i < SLOW_CLIENTS; i++) {
				Socket socket = new Socket("localhost", this.port);
				slow.add(socket);
				// Half send nothing; half start a request and never finish it.
				if (i % 2 == 1) {
					OutputStream out = socket.getOutputStream();
					out.write("GET /causes/night-cramps HTTP/1.1\r\nHost: localhost\r\nX-Slow: "
						.getBytes(StandardCharsets.ISO_8859_1));
					out.flush();
				}
			}
			for (int round = 0; round < 3; round++) {
				trickle(slow);
				HttpResponse<String> response = HttpClient.newHttpClient()
					.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/causes/night-cramps"))
						// A hang guard, not a speed target.
						.timeout(Duration.ofSeconds(30))
						.build(), HttpResponse.BodyHandlers.ofString());
				assertThat(response.statusCode()).isEqualTo(200);
				assertThat(response.body()).contains("Why do night cramps happen?");
			}
		}
		finally {
			for (Socket socket : slow) {
				socket.close();
			}
		}
	}

	@Test
	void refusesAnOversizedUrlOrHeaderWithAClientError() {
		SiteClient site = new SiteClient(this.port);
		assertThat(site.raw("/causes/night-cramps?q=" + "a".repeat(40_000)).status()).isBetween(400, 499);
		assertThat(site.raw("/" + "a".repeat(40_000)).status()).isBetween(400, 499);
		assertThat(site.raw("/causes/night-cramps", "X-Big: " + "b".repeat(40_000)).status()).isBetween(400, 499);
		assertThat(site.raw("/causes/night-cramps", "X-Normal: " + "b".repeat(1_000)).status()).isEqualTo(200);
	}

	private static void trickle(List<Socket> sockets) throws IOException {
		for (int i = 1; i < sockets.size(); i += 2) {
			OutputStream out = sockets.get(i).getOutputStream();
			out.write('x');
			out.flush();
		}
	}

}
