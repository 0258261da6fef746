package org.crampguide.pages;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What is computed once per stored page: the gzip variant, distinct strong ETags for the
 * two encodings, and the entry tags that {@code If-None-Match} accepts.
 */
class StoredPageTests {

	private static final String HTML = "<!DOCTYPE html><title>x</title>" + "<p>cramp</p>".repeat(200);

	@Test
	void compressesTextAndTagsEachEncodingDifferently() throws IOException {
		StoredPage page = StoredPage.of(PageBody.html(HTML));
		assertThat(page.gzip()).isNotNull();
		assertThat(page.gzip().length).isLessThan(page.body().length / 4);
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(page.gzip()))) {
			assertThat(in.readAllBytes()).isEqualTo(page.body());
		}
		assertThat(page.etag()).startsWith("\"").endsWith("\"").isNotEqualTo(page.gzipEtag());
		assertThat(page.varies()).isTrue();
		assertThat(page.cacheControl()).isEqualTo("public, max-age=300");
	}

	@Test
	void tagsDependOnTheBytesOnly() {
		assertThat(StoredPage.of(PageBody.html(HTML)).etag()).isEqualTo(StoredPage.of(PageBody.html(HTML)).etag())
			.isNotEqualTo(StoredPage.of(PageBody.html(HTML + " ")).etag());
	}

	@Test
	void leavesBinaryAndTinyBodiesUncompressed() {
		assertThat(StoredPage.of(new PageBody(new byte[4096], "image/png", CachePolicy.MEDIA)).gzip()).isNull();
		StoredPage tiny = StoredPage.of(PageBody.text("User-agent: *\n", "text/plain"));
		assertThat(tiny.gzip()).isNull();
		assertThat(tiny.varies()).isFalse();
	}

	@Test
	void matchesIfNoneMatchWeaklyAgainstEitherEncoding() {
		StoredPage page = StoredPage.of(PageBody.html(HTML));
		assertThat(EntityTags.match(page.etag(), page)).isEqualTo(page.etag());
		assertThat(EntityTags.match("\"other\", " + page.gzipEtag(), page)).isEqualTo(page.gzipEtag());
		assertThat(EntityTags.match("W/" + page.etag(), page)).isEqualTo(page.etag());
		assertThat(EntityTags.match("*", page)).isEqualTo(page.etag());
		assertThat(EntityTags.match("\"other\"", page)).isNull();
		assertThat(EntityTags.match(null, page)).isNull();
	}

}
