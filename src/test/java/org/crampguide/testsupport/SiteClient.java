package org.crampguide.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * A tiny HTTP client for tests against the running site: it never follows redirects, and
 * {@link #raw} sends a request line exactly as given, so tests can try the malformed
 * paths and Host headers that real clients send.
 */
public final class SiteClient {

	private final int port;

	private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	public SiteClient(int port) {
		this.port = port;
	}

	public String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	public HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(URI.create(url(path)))
			.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	public HttpResponse<byte[]> getBytes(String path) {
		return send(HttpRequest.newBuilder(URI.create(url(path))).GET().build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	/**
	 * Sends {@code method path} with the given headers (name, value, name, value...) and
	 * returns the body as sent, never decompressed.
	 */
	public HttpResponse<byte[]> request(String method, String path, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
			.method(method, HttpRequest.BodyPublishers.noBody());
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	/**
	 * Sends {@code GET <rawPath>} with the given extra header lines and returns the whole
	 * response as text.
	 */
	public RawResponse raw(String rawPath, String... headers) {
		try (Socket socket = new Socket("localhost", this.port)) {
			StringBuilder request = new StringBuilder("GET " + rawPath + " HTTP/1.1\r\n");
			boolean hasHost = false;
			for (String header : headers) {
				request.append(header).append("\r\n");
				hasHost |= header.toLowerCase().startsWith("host:");
			}
			if (!hasHost) {
				request.append("Host: localhost\r\n");
			}
			request.append("Accept: text/html,*/*;q=0.8\r\nConnection: close\r\n\r\n");
			OutputStream out = socket.getOutputStream();
			out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			int status = Integer.parseInt(response.substring(9, 12));
			return new RawResponse(status, response);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
		try {
			return this.client.send(request, handler);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A response read off the socket.
	 *
	 * @param status the status code
	 * @param text the status line, headers and body
	 */
	public record RawResponse(int status, String text) {
	}

}
