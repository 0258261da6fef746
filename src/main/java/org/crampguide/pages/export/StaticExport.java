package org.crampguide.pages.export;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.crampguide.content.ContentSnapshot;
import org.crampguide.pages.PageBody;
import org.crampguide.pages.PageSource;
import org.crampguide.pages.PageStore;
import org.crampguide.pages.StoredPage;

import org.springframework.stereotype.Component;

/**
 * Writes every path of the page store, with the bytes the live site sends, into a folder;
 * a {@code .gz} beside each text file; {@code 404.html}; and the redirects as
 * {@code redirects.conf} (nginx) and {@code _redirects} (Netlify).
 */
@Component
public class StaticExport {

	private static final int PROGRESS_EVERY = 100;

	private final PageStore store;

	public StaticExport(PageStore store) {
		this.store = store;
	}

	/**
	 * Writes the site into a folder beside {@code target}, then swaps it in, so a web
	 * server serving {@code target} never sends a half-written file and files of pages
	 * that are gone do not linger. An existing {@code target} must be empty or an earlier
	 * export (it holds {@value ExportFolder#MARKER}): nothing else is ever deleted.
	 */
	ExportSummary export(Path target, PrintStream progress) {
		ExportFolder folder = ExportFolder.prepare(target);
		ExportSummary summary = write(folder.staging(), progress);
		folder.commit();
		return summary;
	}

	private ExportSummary write(Path target, PrintStream progress) {
		long start = System.nanoTime();
		ContentSnapshot snapshot = this.store.snapshot();
		Counter counter = new Counter(progress);
		List<String> paths = this.store.paths(snapshot).toList();
		for (String path : paths) {
			StoredPage page = this.store.render(snapshot, path).orElseThrow();
			counter.write(target, ExportLayout.fileFor(path), page);
		}
		for (PageSource source : this.store.sources()) {
			for (Map.Entry<String, PageBody> extra : source.exportOnly(snapshot).entrySet()) {
				counter.write(target, extra.getKey().substring(1), StoredPage.of(extra.getValue()));
			}
		}
		RedirectRules redirects = new RedirectRules(snapshot.aliases(), paths,
				snapshot.site().sections().stream().map((section) -> section.path()).toList());
		counter.write(target, "redirects.conf", redirects.nginx().getBytes(StandardCharsets.UTF_8));
		counter.write(target, "_redirects", redirects.netlify().getBytes(StandardCharsets.UTF_8));
		return new ExportSummary(counter.files, counter.bytes, (System.nanoTime() - start) / 1_000_000);
	}

	private static final class Counter {

		private final PrintStream progress;

		private int files;

		private long bytes;

		Counter(PrintStream progress) {
			this.progress = progress;
		}

		void write(Path root, String file, StoredPage page) {
			write(root, file, page.body());
			// The store made a gzip variant only for text worth compressing.
			if (page.gzip() != null) {
				write(root, file + ".gz", page.gzip());
			}
		}

		void write(Path root, String file, byte[] content) {
			try {
				Path target = root.resolve(file).normalize();
				if (!target.startsWith(root.normalize())) {
					throw new IllegalStateException("Refusing to write outside the export folder: " + file);
				}
				Files.createDirectories(target.getParent());
				Files.write(target, content);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot write " + file, ex);
			}
			this.files++;
			this.bytes += content.length;
			if (this.files % PROGRESS_EVERY == 0) {
				this.progress.println("  " + this.files + " files written");
			}
		}

	}

}
