package org.crampguide.share;

import java.util.Locale;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

/**
 * Draws the 1200×630 link preview image of a page with Java2D: the site name, a section
 * label and the title on a calm branded background. The title shrinks and wraps until it
 * fits, so it is never clipped. Same input, same bytes: nothing random or time-based goes
 * in.
 */
public final class ShareImageRenderer {

	public static final int WIDTH = 1200;

	public static final int HEIGHT = 630;

	private static final Color BACKGROUND = new Color(0xf1f5f7);

	private static final Color BRAND = new Color(0x00677f);

	private static final Color TEXT = new Color(0x1d2a33);

	private static final Color MUTED = new Color(0x4a5a66);

	private static final int MARGIN = 80;

	private static final int TITLE_TOP = 250;

	/** Where the title area ends; nothing is drawn below it but the bottom band. */
	static final int TITLE_BOTTOM = HEIGHT - 90;

	private static final int TEXT_WIDTH = WIDTH - 2 * MARGIN;

	private ShareImageRenderer() {
	}

	/**
	 * @param siteName shown at the top
	 * @param label a short label such as the section title, may be {@code null}
	 * @param title the page title
	 * @return PNG bytes
	 */
	public static byte[] render(String siteName, String label, String title) {
		BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
			drawBackground(g);
			g.setColor(BRAND);
			g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 44));
			g.drawString(siteName, MARGIN + 70, 132);
			if (label != null) {
				g.setColor(MUTED);
				g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 34));
				g.drawString(label.toUpperCase(Locale.ROOT), MARGIN, 212);
			}
			drawTitle(g, title);
		}
		finally {
			g.dispose();
		}
		return png(image);
	}

	private static void drawBackground(Graphics2D g) {
		g.setColor(BACKGROUND);
		g.fillRect(0, 0, WIDTH, HEIGHT);
		g.setColor(BRAND);
		g.fillRect(0, 0, WIDTH, 20);
		g.fillRect(0, HEIGHT - 20, WIDTH, 20);
		// A small mark: a rounded square with a calm wave, echoing a relaxing muscle.
		g.fill(new RoundRectangle2D.Double(MARGIN, 88, 52, 52, 14, 14));
		g.setColor(Color.WHITE);
		g.setStroke(new BasicStroke(5, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		g.drawPolyline(new int[] { MARGIN + 10, MARGIN + 20, MARGIN + 30, MARGIN + 42 },
				new int[] { 118, 104, 124, 108 }, 4);
	}

	private static void drawTitle(Graphics2D g, String title) {
		g.setColor(TEXT);
		for (int size = 76; size >= 28; size -= 4) {
			Font font = new Font(Font.SANS_SERIF, Font.BOLD, size);
			FontMetrics metrics = g.getFontMetrics(font);
			List<String> lines = wrap(title, metrics);
			int lineHeight = (int) Math.ceil(size * 1.2);
			if (lines != null && lines.size() * lineHeight <= TITLE_BOTTOM - TITLE_TOP) {
				g.setFont(font);
				int y = TITLE_TOP + metrics.getAscent();
				for (String line : lines) {
					g.drawString(line, MARGIN, y);
					y += lineHeight;
				}
				return;
			}
		}
		throw new IllegalArgumentException("title too long for a share image: " + title);
	}

	/** Greedy word wrap; {@code null} when a single word is wider than the line. */
	static List<String> wrap(String text, FontMetrics metrics) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.strip().split("\\s+")) {
			if (metrics.stringWidth(word) > TEXT_WIDTH) {
				return null;
			}
			String candidate = line.isEmpty() ? word : line + " " + word;
			if (metrics.stringWidth(candidate) <= TEXT_WIDTH) {
				line.setLength(0);
				line.append(candidate);
			}
			else {
				lines.add(line.toString());
				line.setLength(0);
				line.append(word);
			}
		}
		if (!line.isEmpty()) {
			lines.add(line.toString());
		}
		return lines;
	}

	private static byte[] png(BufferedImage image) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
