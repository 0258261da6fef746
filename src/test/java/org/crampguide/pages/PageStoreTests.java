package org.crampguide.pages;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.crampguide.content.ContentReloadedEvent;
import org.crampguide.content.ContentRepository;
import org.crampguide.content.ContentSnapshot;
import org.crampguide.content.FirstAnswer;
import org.crampguide.content.FirstSnapshotWork;
import org.crampguide.site.SiteProperties;
import org.crampguide.testsupport.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The store swaps snapshots whole: while the next snapshot's pages are being rendered,
 * every page still comes from the current one; large sites render on first request; the
 * first snapshot's pages are rendered once the first request has been answered.
 */
class PageStoreTests {

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private final AtomicReference<ContentReloadedEvent> reloaded = new AtomicReference<>();

	@Test
	void servesTheCurrentSnapshotUntilTheNextIsFullyRendered(@TempDir Path dir) throws InterruptedException {
		ContentRepository repository = repository(dir);
		BlockingSource source = new BlockingSource();
		PageStore store = new PageStore(repository, java.util.List.of(source), SiteProperties.defaults(), this.meters);
		assertThat(body(store.find("/"))).isEqualTo("v1 /");
		repository.reload();
		Thread next = new Thread(() -> store.contentReloaded(this.reloaded.get()));
		next.start();
		assertThat(source.blocked.await(10, TimeUnit.SECONDS)).isTrue();
		assertThat(body(store.find("/"))).isEqualTo("v1 /");
		assertThat(body(store.find("/other"))).isEqualTo("v1 /other");
		source.release.countDown();
		next.join(10_000);
		assertThat(body(store.find("/"))).isEqualTo("v2 /");
		assertThat(body(store.find("/other"))).isEqualTo("v2 /other");
		assertThat(store.find("/missing")).isEmpty();
	}

	@Test
	void largeSitesRenderEachPageOnFirstRequestOnly(@TempDir Path dir) {
		SiteProperties lazy = new SiteProperties(SiteProperties.defaults().baseUrl(), null, false, false,
				SiteProperties.defaults().reloadInterval(), false, null,
				new SiteProperties.Pages(0, SiteProperties.defaults().pages().cacheSize()));
		ContentRepository repository = repository(dir);
		BlockingSource source = new BlockingSource();
		source.release.countDown();
		PageStore store = new PageStore(repository, java.util.List.of(source), lazy, this.meters);
		repository.reload();
		store.contentReloaded(this.reloaded.get());
		assertThat(rendered()).isZero();
		for (int i = 0; i < 100; i++) {
			assertThat(body(store.find("/other"))).isEqualTo("v2 /other");
		}
		assertThat(rendered()).isEqualTo(1);
	}

	@Test
	void rendersTheFirstSnapshotOnlyOnceTheFirstRequestIsAnswered(@TempDir Path dir) throws InterruptedException {
		FirstAnswer firstAnswer = new FirstAnswer(SiteProperties.defaults());
		BlockingSource source = new BlockingSource();
		ContentRepository repository = repository(dir);
		PageStore store = new PageStore(repository, java.util.List.of(source), SiteProperties.defaults(), this.meters);
		FirstSnapshotWork work = new FirstSnapshotWork(repository, java.util.List.of(store), firstAnswer);
		work.afterSingletonsInstantiated();
		assertThat(body(store.find("/other"))).isEqualTo("v1 /other");
		assertThat(source.homeRendered.await(300, TimeUnit.MILLISECONDS)).isFalse();
		assertThat(rendered()).isEqualTo(1);
		firstAnswer.answered();
		assertThat(store.firstPrerender()).succeedsWithin(Duration.ofSeconds(10));
		assertThat(source.homeRendered.getCount()).isZero();
		assertThat(rendered()).isEqualTo(2);
		assertThat(body(store.find("/"))).isEqualTo("v1 /");
		assertThat(rendered()).isEqualTo(2);
	}

	private ContentRepository repository(Path dir) {
		return Fixtures.repository(Fixtures.copy(Fixtures.CONTENT, dir), true,
				(event) -> this.reloaded.set((ContentReloadedEvent) event));
	}

	private double rendered() {
		return this.meters.get("crampguide.pages.rendered").counter().count();
	}

	private static String body(Optional<StoredPage> page) {
		return new String(page.orElseThrow().body(), StandardCharsets.UTF_8);
	}

	/**
	 * Renders "v<version> <path>"; rendering the home page of snapshot 2 waits for a
	 * signal.
	 */
	private static final class BlockingSource implements PageSource {

		final CountDownLatch blocked = new CountDownLatch(1);

		final CountDownLatch release = new CountDownLatch(1);

		final CountDownLatch homeRendered = new CountDownLatch(1);

		@Override
		public Optional<PageBody> render(ContentSnapshot snapshot, String path) {
			if (path.equals("/missing")) {
				return Optional.empty();
			}
			if (path.equals("/")) {
				this.homeRendered.countDown();
			}
			if (snapshot.version() == 2 && path.equals("/")) {
				this.blocked.countDown();
				try {
					this.release.await(10, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
			return Optional.of(PageBody.html("v" + snapshot.version() + " " + path));
		}

		@Override
		public Stream<String> paths(ContentSnapshot snapshot) {
			return Stream.of("/", "/other");
		}

	}

}
