package org.crampguide.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.crampguide.testsupport.FixtureSite;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Errors answer the site's own page with the right status, whatever the client sends: a
 * content site never answers Spring's JSON error body, and a crafted multipart request
 * (the site takes no uploads) never reaches a 500.
 */
@FixtureSite
class ErrorResponsesIT {

	@LocalServerPort
	int port;

	private final HttpClient client = HttpClient.newHttpClient();

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			GET  | /no-such-page       | */*              |                                  | 404 | text/html
			GET  | /causes/no-such     | */*              |                                  | 404 | text/html
			GET  | /no-such-page       | application/json |                                  | 404 | text/plain
			GET  | /no-such-page       | not a media type |                                  | 404 | text/html
			POST | /                   | */*              | multipart/form-data; boundary=   | 405 | text/html
			POST | /causes/night-cramps | */*             | application/x-www-form-urlencoded | 405 | text/html
			POST | /causes/no-such     | */*              | application/x-www-form-urlencoded | 404 | text/html
			PUT  | /                   | application/json | text/plain                       | 405 | text/plain
			""")
	void answersItsOwnErrorPage(String method, String path, String accept, String contentType, int status,
			String mediaType) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", accept)
			.method(method, HttpRequest.BodyPublishers.ofString((contentType != null) ? "--x\r\n" : ""));
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		HttpResponse<String> response = this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith(mediaType));
		assertThat(response.body()).doesNotContain("\"timestamp\"").doesNotContain("Exception");
		if (mediaType.equals("text/html")) {
			assertThat(response.body()).contains("<h1>");
		}
	}

}
