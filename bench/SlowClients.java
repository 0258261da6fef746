import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Slowloris against a running site: opens COUNT connections, half of them idle and half
 * trickling one header byte a second, and meanwhile times a normal reader's GET of PATH
 * once a second. Run: java bench/SlowClients.java HOST PORT COUNT SECONDS PATH
 */
public class SlowClients {

	public static void main(String[] args) throws Exception {
		String host = args[0];
		int port = Integer.parseInt(args[1]);
		int count = Integer.parseInt(args[2]);
		int seconds = Integer.parseInt(args[3]);
		String path = args[4];
		List<Socket> sockets = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Socket socket = new Socket(host, port);
			socket.setSoTimeout(1);
			if (i % 2 == 1) {
				socket.getOutputStream()
					.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nX-Slow: ").getBytes(StandardCharsets.ISO_8859_1));
			}
			sockets.add(socket);
		}
		System.out.println("opened " + count + " slow connections (half idle, half trickling a byte a second)");
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
		List<Long> millis = new ArrayList<>();
		int failures = 0;
		for (int second = 1; second <= seconds; second++) {
			for (int i = 1; i < sockets.size(); i += 2) {
				trickle(sockets.get(i));
			}
			long start = System.nanoTime();
			try {
				HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + path))
					.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
				long took = (System.nanoTime() - start) / 1_000_000;
				millis.add(took);
				System.out.printf("t=%2ds  reader GET %s -> %d in %d ms (%d bytes); slow connections still open: %d%n", second,
						path, response.statusCode(), took, response.body().length(), open(sockets));
				if (response.statusCode() != 200) {
					failures++;
				}
			}
			catch (IOException ex) {
				failures++;
				System.out.printf("t=%2ds  reader GET failed: %s%n", second, ex);
			}
			Thread.sleep(1000);
		}
		millis.sort(null);
		System.out.printf("reader requests: %d ok, %d failed; min %d ms, median %d ms, max %d ms%n", millis.size(), failures,
				millis.get(0), millis.get(millis.size() / 2), millis.get(millis.size() - 1));
		for (Socket socket : sockets) {
			socket.close();
		}
		System.exit((failures == 0) ? 0 : 1);
	}

	private static void trickle(Socket socket) {
		try {
			OutputStream out = socket.getOutputStream();
			out.write('x');
			out.flush();
		}
		catch (IOException ex) {
			// closed by the server
		}
	}

	/** Connections the server has not closed yet. */
	private static int open(List<Socket> sockets) {
		int open = 0;
		for (Socket socket : sockets) {
			try {
				if (socket.getInputStream().read() >= 0) {
					open++;
				}
			}
			catch (SocketTimeoutException ex) {
				open++;
			}
			catch (IOException ex) {
				// closed
			}
		}
		return open;
	}

}
