package org.crampguide.pages;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code Accept-Encoding} with q-values, as browsers, proxies and crawlers send it.
 */
class AcceptEncodingTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "null", textBlock = """
			gzip, deflate, br          | true
			GZIP                       | true
			br;q=1.0, gzip;q=0.8       | true
			gzip;q=0                   | false
			gzip;q=0.000               | false
			gzip; q=0.5                | true
			*                          | true
			*;q=0                      | false
			gzip;q=0, *                | false
			br, *;q=0.1                | true
			identity                   | false
			br                         | false
			x-gzip                     | true
			gzip;q=nonsense            | false
			gzip;q=7                   | false
			''                         | false
			null                       | false
			""")
	void allowsGzipOnlyWhenTheClientDoes(String header, boolean allowed) {
		assertThat(AcceptEncoding.allowsGzip(header)).isEqualTo(allowed);
	}

}
