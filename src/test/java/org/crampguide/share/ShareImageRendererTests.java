package org.crampguide.share;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Link preview images: size, weight, determinism, and titles that always fit.
 */
class ShareImageRendererTests {

	@Test
	void drawsA1200By630PngUnder100Kilobytes() throws IOException {
		byte[] png = ShareImageRenderer.render("Cramp Guide", "Causes",
				"Why do muscles cramp when you are dehydrated?");
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		assertThat(image.getWidth()).isEqualTo(1200);
		assertThat(image.getHeight()).isEqualTo(630);
		assertThat(png.length).isLessThan(100 * 1024);
	}

	@Test
	void givesTheSameBytesEveryTime() {
		byte[] first = ShareImageRenderer.render("Cramp Guide", "Treatments", "Quinine for leg cramps");
		byte[] second = ShareImageRenderer.render("Cramp Guide", "Treatments", "Quinine for leg cramps");
		assertThat(second).isEqualTo(first);
		assertThat(ShareImageRenderer.render("Cramp Guide", "Treatments", "Magnesium for leg cramps"))
			.isNotEqualTo(first);
	}

	@Test
	void fitsTheLongestAllowedTitleWithoutClipping() throws IOException {
		String longest = "Preventing leg cramps in pregnancy: what is safe and what is proven!";
		byte[] png = ShareImageRenderer.render("Cramp Guide", "Risk factors", longest + longest.substring(0, 2));
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		// Nothing dark may be drawn between the end of the title area and the bottom
		// band.
		for (int y = ShareImageRenderer.TITLE_BOTTOM; y < 610; y++) {
			for (int x = 0; x < 1200; x++) {
				assertThat(image.getRGB(x, y) & 0xffffff).as("pixel %d,%d", x, y).isEqualTo(0xf1f5f7);
			}
		}
	}

	@Test
	void wrapsWordsAndRefusesWordsWiderThanTheLine() {
		BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
		var metrics = scratch.createGraphics()
			.getFontMetrics(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.BOLD, 76));
		assertThat(ShareImageRenderer.wrap("Night cramps", metrics)).containsExactly("Night cramps");
		assertThat(ShareImageRenderer.wrap("x".repeat(200), metrics)).isNull();
	}

}
