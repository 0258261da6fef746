package org.crampguide.content.load;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reload reads again only the files that changed, or all of them when what reading
 * depends on changed.
 */
class ReadMemoTests {

	private final ReadMemo<String> memo = new ReadMemo<>();

	private final AtomicInteger reads = new AtomicInteger();

	@Test
	void reusesTheResultOfUnchangedBytesInAnUnchangedContext() {
		ReadMemo.Result<String> first = read("a.md", "title: A", "site 1");
		assertThat(read("a.md", "title: A", "site 1")).isSameAs(first);
		assertThat(this.reads).hasValue(1);
	}

	@Test
	void readsAgainWhenTheBytesChangeEvenByOne() {
		read("a.md", "title: A", "site 1");
		assertThat(read("a.md", "title: B", "site 1").value()).isEqualTo("read title: B");
		assertThat(read("a.md", "title: B ", "site 1").value()).isEqualTo("read title: B ");
		assertThat(this.reads).hasValue(3);
	}

	@Test
	void readsAgainWhenTheContextChanges() {
		read("a.md", "title: A", "site 1");
		read("a.md", "title: A", "site 2");
		assertThat(this.reads).hasValue(2);
	}

	@Test
	void keepsEachPathApartAndForgetsFilesThatAreGone() {
		read("a.md", "same", "site");
		read("b.md", "same", "site");
		assertThat(this.reads).as("two paths with the same bytes").hasValue(2);
		this.memo.retainOnly(Set.of("b.md"));
		read("a.md", "same", "site");
		read("b.md", "same", "site");
		assertThat(this.reads).hasValue(3);
	}

	private ReadMemo.Result<String> read(String path, String bytes, String context) {
		return this.memo.read(path, bytes.getBytes(StandardCharsets.UTF_8),
				ReadMemo.digest(context.getBytes(StandardCharsets.UTF_8)), () -> {
					this.reads.incrementAndGet();
					return new ReadMemo.Result<>("read " + bytes, List.of());
				});
	}

}
