package org.crampguide.pages.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.crampguide.testsupport.FixtureSite;
import org.crampguide.testsupport.SiteClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The export holds every URL of the sitemap with exactly the bytes the live site sends, a
 * gzip copy beside each text file, the 404 page and the redirects.
 */
@FixtureSite
class StaticExportIT {

	@LocalServerPort
	int port;

	@Autowired
	StaticExport export;

	@Test
	void writesEverySitemapUrlWithTheLiveBytes(@TempDir Path dir) throws IOException {
		ExportSummary summary = this.export.export(dir, new PrintStream(new ByteArrayOutputStream()));
		SiteClient site = new SiteClient(this.port);
		String sitemap = new String(site.request("GET", "/sitemap.xml").body(), StandardCharsets.UTF_8);
		Matcher loc = Pattern.compile("<loc>" + Pattern.quote(FixtureSite.BASE_URL) + "([^<]*)</loc>").matcher(sitemap);
		int urls = 0;
		while (loc.find()) {
			String path = loc.group(1);
			Path file = dir.resolve(ExportLayout.fileFor(path));
			assertThat(file).as(path).exists();
			assertThat(Files.readAllBytes(file)).as(path).isEqualTo(site.request("GET", path).body());
			assertThat(dir.resolve(ExportLayout.fileFor(path) + ".gz")).as(path).exists();
			urls++;
		}
		assertThat(urls).isGreaterThan(10);
		for (String file : List.of("sitemap.xml", "feed.xml", "robots.txt", "404.html", "share/site.png",
				"css/site.css", "images/calf.svg", "causes/night-cramps/index.html", "index.html")) {
			assertThat(dir.resolve(file)).as(file).exists();
		}
		assertThat(Files.readAllBytes(dir.resolve("sitemap.xml")))
			.isEqualTo(site.request("GET", "/sitemap.xml").body());
		assertThat(Files.readString(dir.resolve("404.html"))).contains("<h1>Page not found</h1>");
		assertThat(Files.readString(dir.resolve("redirects.conf")))
			.contains("location = /old/stop-cramp { return 301 /treatments/stop-a-cramp$is_args$args; }")
			.contains("location = /causes/page/1 { return 301 /causes$is_args$args; }")
			.contains("location = /causes/ { return 301 /causes$is_args$args; }");
		assertThat(Files.readString(dir.resolve("_redirects")))
			.contains("/old/stop-cramp /treatments/stop-a-cramp 301!");
		assertThat(summary.files()).isGreaterThan(urls * 2);
		assertThat(summary.toString()).startsWith("Exported ");
	}

	@Test
	void replacesAnEarlierExportWholeAndRefusesAFolderOfSomethingElse(@TempDir Path dir) throws IOException {
		PrintStream quiet = new PrintStream(new ByteArrayOutputStream());
		Path site = dir.resolve("site");
		this.export.export(site, quiet);
		Files.writeString(site.resolve("causes/gone.html"), "a page that no longer exists");
		this.export.export(site, quiet);
		assertThat(site.resolve("causes/gone.html")).doesNotExist();
		assertThat(site.resolve("index.html")).exists();
		assertThat(dir.resolve("site.exporting")).doesNotExist();
		assertThat(dir.resolve("site.old")).doesNotExist();
		Path other = Files.createDirectories(dir.resolve("photos"));
		Files.writeString(other.resolve("holiday.jpg"), "not ours");
		assertThatIllegalStateException().isThrownBy(() -> this.export.export(other, quiet))
			.withMessageContaining("is not an earlier export");
		assertThat(other.resolve("holiday.jpg")).exists();
	}

}
