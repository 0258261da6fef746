package org.crampguide.web;

import org.crampguide.testsupport.FailingEndpoint;
import org.crampguide.testsupport.FixtureSite;
import org.crampguide.testsupport.SiteClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search queries are health information: no log line carries a query string, whether the
 * request is answered, missing, failing or malformed.
 */
@FixtureSite
@ExtendWith(OutputCaptureExtension.class)
class QueryPrivacyIT {

	@LocalServerPort
	int port;

	@Test
	void logsNoQueryString(CapturedOutput output) {
		SiteClient site = new SiteClient(this.port);
		assertThat(site.get("/causes/night-cramps?q=secret-cramp-query").statusCode()).isEqualTo(200);
		assertThat(site.get("/no-such-page?q=secret-cramp-query").statusCode()).isEqualTo(404);
		assertThat(site.get("/search?q=secret-cramp-query").statusCode()).isLessThan(500);
		// A parameter that cannot be decoded: Tomcat's warning about it quotes the value.
		assertThat(site.raw("/search?q=%ZZsecret-cramp-query").status()).isLessThan(500);
		assertThat(site.get(FailingEndpoint.PATH + "?q=secret-cramp-query").statusCode()).isEqualTo(500);
		// A character Tomcat refuses in a query: its parse error quotes the request line.
		assertThat(site.raw("/search?q=secret-cramp-query{}").status()).isEqualTo(400);
		assertThat(output.getAll()).doesNotContain("secret-cramp-query");
	}

}
