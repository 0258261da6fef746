package org.crampguide.pages;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The files of {@code static/}: served under their own name and a fingerprinted one, and
 * the stylesheet every page loads stays within its 16 KB budget (issue 12).
 */
class StaticAssetsTests {

	private final StaticAssets assets = new StaticAssets();

	@Test
	void servesEachFileUnderItsNameAndAFingerprintedNameKeptForAYear() {
		String fingerprinted = this.assets.url("/css/site.css");
		assertThat(fingerprinted).matches("/css/site\\.[0-9a-f]{10}\\.css");
		PageBody plain = this.assets.render(null, "/css/site.css").orElseThrow();
		PageBody versioned = this.assets.render(null, fingerprinted).orElseThrow();
		assertThat(versioned.bytes()).isEqualTo(plain.bytes());
		assertThat(plain.cache()).isEqualTo(CachePolicy.PAGE);
		assertThat(versioned.cache()).isEqualTo(CachePolicy.IMMUTABLE);
		assertThat(plain.contentType()).isEqualTo("text/css;charset=UTF-8");
		assertThat(this.assets.url("/causes")).isEqualTo("/causes");
		assertThat(this.assets.render(null, "/css/missing.css")).isEqualTo(Optional.empty());
	}

	@Test
	void keepsTheSiteStylesheetUnderSixteenKilobytes() {
		assertThat(this.assets.render(null, "/css/site.css").orElseThrow().bytes()).hasSizeLessThanOrEqualTo(16 * 1024);
	}

}
