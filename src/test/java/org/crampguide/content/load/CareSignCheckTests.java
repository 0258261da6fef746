package org.crampguide.content.load;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.crampguide.content.ContentError;
import org.crampguide.content.ContentSnapshot;
import org.crampguide.content.LoadResult;
import org.crampguide.testsupport.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each danger sign is written once, in {@code content/care-signs.yml}, and callouts use
 * it by name; the loader refuses a sign at another level, a copied wording, a checklist
 * without every emergency and urgent sign, and an article on a sign's topic without it.
 */
class CareSignCheckTests {

	private static final String REGISTRY = """
			checklist: /causes/night-cramps
			signs:
			  clot-in-lung:
			    level: emergency
			    text: leg pain or swelling with sudden shortness of breath or chest pain
			    topics: [self-care]
			  swollen-leg:
			    level: urgent
			    text: one leg is swollen, warm and red
			  frequent-cramps:
			    level: see-a-doctor
			    text: cramps keep coming back for weeks
			""";

	private static final String NIGHT = "articles/causes/night-cramps.md";

	private static final String STOP = "articles/treatments/stop-a-cramp.md";

	private final ContentLoader loader = Fixtures.loader();

	private Map<String, byte[]> files;

	@BeforeEach
	void registerSignsAndUseThem() {
		this.files = ContentFiles.fromDirectory(Fixtures.CONTENT);
		put("care-signs.yml", REGISTRY);
		append(NIGHT, "\n> [!EMERGENCY]\n> - {{sign:clot-in-lung}}\n\n> [!URGENT]\n> - {{sign:swollen-leg}}\n");
		append(STOP, "\n> [!EMERGENCY]\n> - {{sign:clot-in-lung}}\n");
	}

	@Test
	void spellsOutEachSignInTheCalloutsThatNameIt() {
		LoadResult result = load();
		assertThat(result.errors()).isEmpty();
		assertThat(html(result.snapshot(), "/causes/night-cramps"))
			.contains("<li>leg pain or swelling with sudden shortness of breath or chest pain</li>")
			.contains("<li>one leg is swollen, warm and red</li>")
			.doesNotContain("{{sign:");
	}

	@Test
	void changesEveryPageThatUsesASignWhenItsOneItemIsEdited() {
		put("care-signs.yml", REGISTRY.replace(" or chest pain", ", chest pain or coughing up blood"));
		LoadResult result = load();
		assertThat(result.errors()).isEmpty();
		for (String path : List.of("/causes/night-cramps", "/treatments/stop-a-cramp")) {
			assertThat(html(result.snapshot(), path)).as(path)
				.contains(
						"<li>leg pain or swelling with sudden shortness of breath, chest pain or coughing up blood</li>");
		}
	}

	@Test
	void refusesASignListedAtAnotherLevel() {
		append(STOP, "\n> [!SEE-A-DOCTOR]\n> - {{sign:swollen-leg}}\n");
		assertThat(errors()).containsExactly("content/" + STOP + ":36: callout: sign 'swollen-leg' is registered as "
				+ "urgent in content/care-signs.yml but listed in a [!SEE-A-DOCTOR] callout");
	}

	@Test
	void refusesARegisteredWordingCopiedAsFreeText() {
		append(STOP, "\n> [!URGENT]\n> - One leg is swollen, warm and red.\n");
		assertThat(errors()).containsExactly("content/" + STOP
				+ ":36: callout: repeats the wording of sign 'swollen-leg'; write > - {{sign:swollen-leg}} instead");
	}

	@Test
	void makesTheChecklistListEveryEmergencyAndUrgentSign() {
		put(NIGHT, text(NIGHT).replace("> [!URGENT]\n> - {{sign:swollen-leg}}\n", ""));
		assertThat(errors()).containsExactly("content/" + NIGHT + ":23: callout: must list every emergency and urgent "
				+ "sign; add > - {{sign:swollen-leg}} to a [!URGENT] callout");
	}

	@Test
	void makesAnArticleOnASignsTopicShowIt() {
		put(STOP, text(STOP).replace("> [!EMERGENCY]\n> - {{sign:clot-in-lung}}\n", ""));
		assertThat(errors()).containsExactly("content/" + STOP + ":22: callout: is tagged 'self-care', so it must "
				+ "show sign 'clot-in-lung': add > - {{sign:clot-in-lung}} to a [!EMERGENCY] callout");
	}

	@Test
	void refusesAnUnknownSignAndASignOutsideACallout() {
		append(STOP, "\n> [!URGENT]\n> - {{sign:no-such-sign}}\n\nSee {{sign:swollen-leg}} here.\n");
		assertThat(errors()).containsExactly(
				"content/" + STOP + ":38: callout: {{sign:...}} can only be a whole callout item: > - {{sign:id}}",
				"content/" + STOP + ":36: callout: sign 'no-such-sign' is not in content/care-signs.yml");
	}

	@Test
	void spellsOutTheHomePagesEmergencySignsAndRefusesOtherLevels() {
		String site = text("site.yml");
		String signs = site.substring(site.indexOf("  signs:\n"), site.indexOf("# What every article is about"));
		put("site.yml",
				site.replace(signs, "  signs:\n    - \"{{sign:clot-in-lung}}\"\n    - \"{{sign:swollen-leg}}\"\n"));
		LoadResult result = load();
		assertThat(result.snapshot().site().emergency().signs()).first()
			.isEqualTo("leg pain or swelling with sudden shortness of breath or chest pain");
		assertThat(errors()).containsExactly(
				"content/site.yml:1: callout: emergency.signs: sign 'swollen-leg' is registered as urgent, not emergency");
	}

	@Test
	void checksTheRegistryLikeAnyContentFile() {
		put("care-signs.yml", REGISTRY.replace("level: urgent", "level: soon").replace("[self-care]", "[knees]"));
		assertThat(errors()).contains(
				"content/care-signs.yml:6: signs.clot-in-lung.topics: 'knees' is not a tag of content/site.yml",
				"content/care-signs.yml:8: signs.swollen-leg.level: 'soon' must be emergency, urgent or see-a-doctor");
	}

	private List<String> errors() {
		// Only the sign errors: an article they take off the site also leaves its images
		// unused, which is reported too.
		return load().errors()
			.stream()
			.map(ContentError::toString)
			.filter((error) -> error.contains(": callout: ") || error.startsWith("content/care-signs.yml"))
			.toList();
	}

	private LoadResult load() {
		return this.loader.load(this.files, null, 1);
	}

	private static String html(ContentSnapshot snapshot, String path) {
		return snapshot.allArticles().get(path).body().html();
	}

	private String text(String path) {
		return new String(this.files.get(path), StandardCharsets.UTF_8);
	}

	private void append(String path, String markdown) {
		put(path, text(path) + markdown);
	}

	private void put(String path, String text) {
		this.files.put(path, text.getBytes(StandardCharsets.UTF_8));
	}

}
