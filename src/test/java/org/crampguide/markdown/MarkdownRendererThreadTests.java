package org.crampguide.markdown;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.crampguide.testsupport.Fixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One renderer is shared by every thread that loads content, so each render must keep its
 * own problems, heading ids and links.
 */
class MarkdownRendererThreadTests {

	private final MarkdownRenderer renderer = new MarkdownRenderer();

	private final RenderContext context = Fixtures.renderContext((path) -> Optional.empty());

	@Test
	void keepsEachBodysProblemsAndHeadingsApartAcrossThreads() throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(4);
		try {
			List<Future<MarkdownRenderer.Result>> results = IntStream.range(0, 200)
				.mapToObj((i) -> threads.submit(() -> this.renderer
					.render("## Same\n\n## Same\n\n[x](/causes/c" + i + ") [y](javascript:" + i + ")\n", this.context)))
				.toList();
			for (int i = 0; i < results.size(); i++) {
				MarkdownRenderer.Result result = results.get(i).get();
				assertThat(result.problems()).singleElement()
					.satisfies((problem) -> assertThat(problem.message()).startsWith("'javascript:"));
				assertThat(result.body().headings()).extracting(TocEntry::id).containsExactly("same", "same-2");
				assertThat(result.body().internalLinks()).containsExactly("/causes/c" + i);
			}
		}
		finally {
			threads.shutdown();
		}
	}

}
