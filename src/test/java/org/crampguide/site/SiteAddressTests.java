package org.crampguide.site;

import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.boot.web.server.WebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * The base URL follows the bound port only in editor mode with the default address; a
 * configured address always wins.
 */
class SiteAddressTests {

	@Test
	void followsTheBoundPortInEditorModeWithTheDefaultAddress() {
		SiteAddress address = started(settings(SiteProperties.DEFAULT_BASE_URL, true), 8091, null);
		assertThat(address.absolute("/causes")).isEqualTo("http://localhost:8091/causes");
	}

	@Test
	void keepsAConfiguredAddressEvenInEditorMode() {
		SiteAddress address = started(settings(URI.create("https://cramps.example/"), true), 8091, null);
		assertThat(address.absolute("/causes")).isEqualTo("https://cramps.example/causes");
	}

	@Test
	void keepsTheDefaultAddressOutsideEditorMode() {
		SiteAddress address = started(settings(SiteProperties.DEFAULT_BASE_URL, false), 8091, null);
		assertThat(address.absolute("/")).isEqualTo("http://localhost:8080/");
	}

	@Test
	void ignoresAManagementServerOnItsOwnPort() {
		SiteAddress address = started(settings(SiteProperties.DEFAULT_BASE_URL, true), 9090, "management");
		assertThat(address.baseUrl()).isEqualTo(SiteProperties.DEFAULT_BASE_URL);
	}

	private static SiteAddress started(SiteProperties properties, int port, String namespace) {
		SiteAddress address = new SiteAddress(properties);
		WebServer server = mock(WebServer.class);
		given(server.getPort()).willReturn(port);
		WebServerApplicationContext context = mock(WebServerApplicationContext.class);
		given(context.getServerNamespace()).willReturn(namespace);
		address.onApplicationEvent(new WebServerInitializedEvent(server) {
			@Override
			public WebServerApplicationContext getApplicationContext() {
				return context;
			}
		});
		return address;
	}

	private static SiteProperties settings(URI baseUrl, boolean editor) {
		return new SiteProperties(baseUrl, null, false, false, Duration.ofMillis(500), editor, null,
				SiteProperties.Pages.defaults());
	}

}
