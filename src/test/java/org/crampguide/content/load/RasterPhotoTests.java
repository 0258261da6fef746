package org.crampguide.content.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.crampguide.content.Article;
import org.crampguide.content.ImageAsset;
import org.crampguide.content.LoadResult;
import org.crampguide.testsupport.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Photos are as first-class as SVG illustrations, although the bundled library is all
 * SVG: a JPEG, PNG or WebP fixture photo as an article's lead figure loads with its
 * intrinsic size, media type and credit.
 */
class RasterPhotoTests {

	private static final Path PHOTOS = Path.of("src/test/resources/fixtures/photos");

	private static final String ARTICLE = "articles/treatments/quinine-facts.md";

	@ParameterizedTest
	@CsvSource({ "calf-photo.jpg, image/jpeg, 320, 200", "calf-photo.png, image/png, 160, 100",
			"calf-photo.webp, image/webp, 320, 200" })
	void loadsAPhotoAsALeadFigureWithItsSizeAndCredit(String name, String mediaType, int width, int height)
			throws IOException {
		Map<String, byte[]> files = ContentFiles.fromDirectory(Fixtures.CONTENT);
		files.put("images/" + name, Files.readAllBytes(PHOTOS.resolve(name)));
		String article = new String(files.get(ARTICLE), StandardCharsets.UTF_8)
			.replace("src: images/lead.svg", "src: images/" + name)
			.replace("credit: Illustration by Test Guide contributors",
					"credit: Photo by Test Guide contributors\n  source: https://example.org/photos/calf");
		files.put(ARTICLE, article.getBytes(StandardCharsets.UTF_8));

		LoadResult result = Fixtures.loader().load(files, null, 1);

		assertThat(result.errors()).isEmpty();
		ImageAsset photo = result.snapshot().image(name).orElseThrow();
		assertThat(photo.mediaType()).isEqualTo(mediaType);
		assertThat(photo.width()).isEqualTo(width);
		assertThat(photo.height()).isEqualTo(height);
		Article quinine = result.snapshot().article("treatments", "quinine-facts", false).orElseThrow();
		assertThat(quinine.image().src()).isEqualTo("/images/" + name);
		assertThat(quinine.image().width()).isEqualTo(width);
		assertThat(quinine.image().credit()).isEqualTo("Photo by Test Guide contributors");
		assertThat(quinine.image().source()).isEqualTo("https://example.org/photos/calf");
	}

}
