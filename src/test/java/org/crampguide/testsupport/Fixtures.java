package org.crampguide.testsupport;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.crampguide.content.ContentRepository;
import org.crampguide.content.load.ContentLoader;
import org.crampguide.markdown.CalloutHeading;
import org.crampguide.markdown.CalloutKind;
import org.crampguide.markdown.ImageCatalog;
import org.crampguide.markdown.MarkdownRenderer;
import org.crampguide.markdown.RenderContext;
import org.crampguide.site.SiteProperties;

import org.springframework.context.ApplicationEventPublisher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * The fixture content trees under {@code src/test/resources/fixtures}, and copies of them
 * that a test may edit.
 */
public final class Fixtures {

	/**
	 * A valid tree: five articles, a draft, a page, images, and an article that moved
	 * section (with aliases).
	 */
	public static final Path CONTENT = Path.of("src/test/resources/fixtures/content");

	/** One good article among broken ones. */
	public static final Path BROKEN_CONTENT = Path.of("src/test/resources/fixtures/broken-content");

	/** The real content tree of the site. */
	public static final Path SITE_CONTENT = Path.of("content");

	/** The callout headings of the fixture sites, as their site.yml writes them. */
	public static final Map<CalloutKind, CalloutHeading> CALLOUTS = Map.of(CalloutKind.EMERGENCY,
			new CalloutHeading("Emergency advice", "Call 911 or go to the emergency room if:"), CalloutKind.URGENT,
			new CalloutHeading("Urgent advice", "Get medical advice today if:"), CalloutKind.SEE_A_DOCTOR,
			new CalloutHeading("Non-urgent advice", "See a doctor if:"), CalloutKind.IMPORTANT,
			new CalloutHeading("Important", "Important"), CalloutKind.TIP, new CalloutHeading("Tip", "Tip"));

	private Fixtures() {
	}

	/** A loader as the application wires it, reading the bundled content by default. */
	public static ContentLoader loader() {
		return new ContentLoader(new MarkdownRenderer(), SiteProperties.defaults());
	}

	/** What bodies are rendered against: {@code images} and the fixture callouts. */
	public static RenderContext renderContext(ImageCatalog images) {
		return new RenderContext(images, CALLOUTS);
	}

	/** A repository over {@code folder}, as the application wires it. */
	public static ContentRepository repository(Path folder, boolean strict, ApplicationEventPublisher events) {
		return repository(settings(folder, strict), events);
	}

	/** A repository reading what {@code properties} say, as the application wires it. */
	public static ContentRepository repository(SiteProperties properties, ApplicationEventPublisher events) {
		ContentRepository repository = new ContentRepository(new ContentLoader(new MarkdownRenderer(), properties),
				properties, events);
		repository.awaitFirstLoad();
		return repository;
	}

	/** Settings that read {@code folder} and reload every 100 ms. */
	public static SiteProperties settings(Path folder, boolean strict) {
		SiteProperties defaults = SiteProperties.defaults();
		return new SiteProperties(defaults.baseUrl(), folder, strict, false, Duration.ofMillis(100), false, null,
				defaults.pages());
	}

	/**
	 * Settings of the fixture site as the full-stack tests run it ({@link FixtureSite}):
	 * the fixture content, strictly, at {@link FixtureSite#BASE_URL}, drafts as given.
	 */
	public static SiteProperties fixtureSite(boolean drafts) {
		return fixtureSite(drafts, false);
	}

	/** {@link #fixtureSite(boolean)}, in editor mode when {@code editor} is set. */
	public static SiteProperties fixtureSite(boolean drafts, boolean editor) {
		return new SiteProperties(URI.create(FixtureSite.BASE_URL), CONTENT, true, drafts, Duration.ofMillis(100),
				editor, null, SiteProperties.Pages.defaults());
	}

	/**
	 * Copies {@code source} into {@code target} so that a test can change files freely.
	 */
	public static Path copy(Path source, Path target) {
		try (Stream<Path> paths = Files.walk(source)) {
			for (Path path : (Iterable<Path>) paths::iterator) {
				Path destination = target.resolve(source.relativize(path).toString());
				if (Files.isDirectory(path)) {
					Files.createDirectories(destination);
				}
				else {
					Files.copy(path, destination, StandardCopyOption.REPLACE_EXISTING);
				}
			}
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
