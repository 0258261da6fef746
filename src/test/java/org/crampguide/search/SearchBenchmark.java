package org.crampguide.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.crampguide.content.ContentSnapshot;
import org.crampguide.content.LoadResult;
import org.crampguide.content.load.ContentFiles;
import org.crampguide.testsupport.Fixtures;
import org.crampguide.testsupport.SyntheticSite;

/**
 * The search benchmark that {@code bench/search.sh} runs: a generated site of N articles,
 * the index build time and the latency of whole searches (results, counts per section,
 * snippets, spelling and care signs) over a fixed list of lay queries. A benchmark, not a
 * test: it prints figures and asserts nothing.
 */
public final class SearchBenchmark {

	private static final List<String> QUERIES = List.of("charley horse at night", "tonic water", "cramp when pregnant",
			"hand cramp writing", "magnesuim pregnant", "quinnine", "crmaps", "dark urine after exercise",
			"calf cramp after a run", "water pills", "stiff jaw after a wound", "stretches before bed", "foot cramp",
			"period pain", "older people cramps at night", "why do muscles cramp", "Mg", "heat or ice",
			"motor neurone disease", "a cramp in my thigh on a long drive");

	private static final int BUILDS = 3;

	/**
	 * 2,000 searches before measuring: with fewer, the figures still include the JIT
	 * compiling Lucene's hot loops, which a running site has long done.
	 */
	private static final int WARM_UP_ROUNDS = 100;

	private static final int MEASURED_ROUNDS = 100;

	private SearchBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		int articles = (args.length > 0) ? Integer.parseInt(args[0]) : 10_000;
		Path dir = Files.createTempDirectory("crampguide-bench-");
		SyntheticSite.write(dir, articles);
		long start = System.nanoTime();
		LoadResult result = Fixtures.loader().load(ContentFiles.fromDirectory(dir), null, 1);
		ContentSnapshot snapshot = result.snapshot();
		System.out.printf("Loaded %d articles in %.1f s (%d content errors)%n", snapshot.publishedArticles().size(),
				seconds(start), result.errors().size());
		SearchIndex index = null;
		for (int i = 0; i < BUILDS; i++) {
			start = System.nanoTime();
			index = SearchIndex.of(snapshot);
			System.out.printf("Index build %d: %.2f s%n", i + 1, seconds(start));
		}
		for (int i = 0; i < WARM_UP_ROUNDS; i++) {
			for (String query : QUERIES) {
				index.search(query, null, 1);
			}
		}
		List<Long> nanos = new ArrayList<>();
		for (int i = 0; i < MEASURED_ROUNDS; i++) {
			for (String query : QUERIES) {
				long each = System.nanoTime();
				index.search(query, null, 1);
				nanos.add(System.nanoTime() - each);
			}
		}
		long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
		System.out.printf("Searches: %d over %d queries; p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms%n",
				sorted.length, QUERIES.size(), millis(sorted, 0.50), millis(sorted, 0.95), millis(sorted, 0.99),
				sorted[sorted.length - 1] / 1e6);
		System.out.println("Per query (median ms): " + Arrays.toString(QUERIES.stream().map((query) -> {
			long[] own = new long[MEASURED_ROUNDS];
			for (int i = 0; i < own.length; i++) {
				own[i] = nanos.get(i * QUERIES.size() + QUERIES.indexOf(query));
			}
			Arrays.sort(own);
			return query + "=" + String.format("%.2f", own[own.length / 2] / 1e6);
		}).toArray()));
	}

	private static double seconds(long start) {
		return (System.nanoTime() - start) / 1e9;
	}

	private static double millis(long[] sorted, double quantile) {
		return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] / 1e6;
	}

}
