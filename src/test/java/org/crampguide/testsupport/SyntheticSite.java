package org.crampguide.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Writes a complete content folder for scale tests and benchmarks: the bundled
 * {@code content/} plus any number of generated articles that pass every load check in
 * strict mode. The articles are plain filler for measuring, not health information; the
 * words vary (seeded, so every run writes the same site) to give search and related
 * scoring a realistic vocabulary.
 */
public final class SyntheticSite {

	private static final String[] SECTIONS = { "causes", "symptoms", "risk-factors", "treatments", "prevention" };

	/**
	 * Tags of {@code site.yml} that no care sign lists as a topic, so no generated
	 * article owes a callout.
	 */
	private static final String[] TAGS = { "legs", "feet", "hands", "night", "sleep", "exercise", "electrolytes",
			"minerals", "medicines", "supplements", "conditions", "nerves", "kidney", "liver", "older-adults",
			"stretching", "self-care", "diagnosis", "terms", "myths", "evidence", "prevention", "alcohol", "diabetes",
			"stomach", "twitching" };

	private static final String[] PLACES = { "calf", "foot", "toe", "thigh", "hand", "finger", "neck", "back", "shin",
			"arch", "wrist", "hip", "belly", "jaw", "heel", "knee" };

	private static final String[] TIMES = { "at night", "after a walk", "in bed", "on a long drive", "at work",
			"after a swim", "in the morning", "after a run", "while you sit", "on a hot day", "after dinner",
			"at the desk" };

	private static final String[] TOPICS = { "tight muscles", "a busy week", "new shoes", "a long shift", "cold rooms",
			"stairs", "gardening", "a late meal", "a hard game", "travel", "a new chair", "lifting boxes" };

	private static final String[] SENTENCES = { "Many people feel this now and then.",
			"The muscle may feel hard and sore.", "It often fades on its own in a few minutes.",
			"A gentle stretch can help it let go.", "Some people notice it more when they are tired.",
			"Rest and a slow walk may ease it.", "Keep a note of when it happens.", "A warm bath can feel good after.",
			"Try to move the joint the other way.", "Most of the time it is not a sign of harm.",
			"Your doctor can check if it keeps coming back.", "Good shoes may help your feet.",
			"Take short breaks when you sit for a long time.", "Drink when you feel thirsty.",
			"Slow, deep breaths can help you relax.", "Rub the muscle with light pressure.",
			"Some people find that heat helps.", "Others like a cool pack later on.",
			"Write down what you ate and did that day.", "Small changes can make a real difference.",
			"It is common and it is not your fault.", "Ask a pharmacist about your medicines.",
			"Stand up and put weight on the leg.", "Pull your toes up toward your shin." };

	private static final String[] REAL_ARTICLES = { "/treatments/stop-a-cramp-now", "/causes/night-leg-cramps",
			"/prevention/bedtime-stretches", "/symptoms/what-a-cramp-feels-like", "/causes/why-muscles-cramp" };

	private SyntheticSite() {
	}

	/**
	 * Copies the bundled content into {@code dir} and adds {@code articles} generated
	 * articles under {@code dir/articles/<section>/}.
	 * @return {@code dir}
	 */
	public static Path write(Path dir, int articles) {
		Fixtures.copy(Fixtures.SITE_CONTENT, dir);
		try {
			for (int i = 0; i < articles; i++) {
				String section = SECTIONS[i % SECTIONS.length];
				Path file = dir.resolve("articles").resolve(section).resolve("synthetic-" + i + ".md");
				Files.createDirectories(file.getParent());
				Files.writeString(file, article(i), StandardCharsets.UTF_8);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return dir;
	}

	/**
	 * {@code java -cp ... SyntheticSite
	 *
	<dir>
	 *  <articles>}, for the bench scripts.
	 */
	public static void main(String[] args) {
		if (args.length != 2) {
			System.err.println("usage: SyntheticSite <dir> <articles>");
			System.exit(2);
		}
		Path dir = write(Path.of(args[0]), Integer.parseInt(args[1]));
		System.out.println("Wrote " + args[1] + " generated articles and the bundled content to " + dir);
	}

	static String article(int i) {
		Random random = new Random(i);
		String place = PLACES[i % PLACES.length];
		String time = TIMES[(i / PLACES.length) % TIMES.length];
		String topic = TOPICS[random.nextInt(TOPICS.length)];
		String real = REAL_ARTICLES[i % REAL_ARTICLES.length];
		StringBuilder md = new StringBuilder();
		md.append("---\n");
		md.append("title: A ").append(place).append(" cramp ").append(time).append(", note ").append(i).append('\n');
		md.append("summary: What a ")
			.append(place)
			.append(" cramp ")
			.append(time)
			.append(" can feel like, how ")
			.append(topic)
			.append(" may play a part, and simple steps (note ")
			.append(i)
			.append(").\n");
		md.append("tags: [").append(String.join(", ", tags(random))).append("]\n");
		md.append("image:\n  src: images/why-muscles-cramp.svg\n");
		md.append("  alt: A drawing of a leg with the calf muscle shown in red, used here as a test picture\n");
		md.append("  caption: A generated test article about a ").append(place).append(" cramp.\n");
		md.append("  credit: Illustration by Cramp Guide contributors\n  license: CC BY 4.0\n");
		md.append("published: 2026-01-").append(String.format("%02d", 1 + i % 28)).append('\n');
		md.append("reviewed: 2026-06-").append(String.format("%02d", 1 + i % 28)).append('\n');
		md.append("related: [").append(real.substring(real.lastIndexOf('/') + 1)).append("]\n");
		md.append("sources:\n");
		md.append("  - title: Leg cramps\n    publisher: NHS\n    url: https://www.nhs.uk/conditions/leg-cramps/\n");
		md.append("  - title: Muscle cramps\n    publisher: MedlinePlus (National Library of Medicine)\n")
			.append("    url: https://medlineplus.gov/musclecramps.html\n");
		md.append("---\n\n");
		md.append("This is a test page about a ")
			.append(place)
			.append(" cramp ")
			.append(time)
			.append(". It links to [a real article](")
			.append(real)
			.append(").\n\n");
		for (int part = 0; part < 6; part++) {
			md.append("## ").append(heading(part, place, time, topic)).append("\n\n");
			for (int paragraph = 0; paragraph < 2; paragraph++) {
				for (int s = 0; s < 6; s++) {
					md.append(SENTENCES[random.nextInt(SENTENCES.length)]).append(' ');
				}
				md.append("This can matter for your ").append(place).append(' ').append(time).append(".\n\n");
			}
		}
		return md.toString();
	}

	private static String heading(int part, String place, String time, String topic) {
		return switch (part) {
			case 0 -> "What a " + place + " cramp feels like";
			case 1 -> "Why it may happen " + time;
			case 2 -> "How " + topic + " can play a part";
			case 3 -> "What to do right away";
			case 4 -> "Ways to make it less likely";
			default -> "When to talk to a doctor";
		};
	}

	private static List<String> tags(Random random) {
		Set<String> tags = new LinkedHashSet<>();
		int count = 2 + random.nextInt(3);
		while (tags.size() < count) {
			tags.add(TAGS[random.nextInt(TAGS.length)]);
		}
		return new ArrayList<>(tags);
	}

}
