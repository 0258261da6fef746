package org.crampguide.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Templates open as styled mock-ups straight from the file system: every relative
 * prototype link (the plain {@code href} or {@code src} that Thymeleaf replaces) points
 * at a file that exists.
 */
class TemplatePrototypeTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Pattern RELATIVE_LINK = Pattern.compile("(?<![:\\w])(?:href|src)=\"(\\.\\./[^\"]+)\"");

	@Test
	void resolvesEveryRelativePrototypeLink() throws IOException {
		List<Path> templates;
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			templates = files.filter((path) -> path.toString().endsWith(".html")).toList();
		}
		int links = 0;
		for (Path template : templates) {
			var matcher = RELATIVE_LINK.matcher(Files.readString(template));
			while (matcher.find()) {
				links++;
				assertThat(template.getParent().resolve(matcher.group(1)).normalize())
					.as(template + " links " + matcher.group(1))
					.isRegularFile();
			}
		}
		assertThat(links).as("prototype links found").isGreaterThan(5);
	}

}
