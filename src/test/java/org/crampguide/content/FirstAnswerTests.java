package org.crampguide.content;

import org.crampguide.site.SiteProperties;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first-answer gate opens a second after the application is ready when nobody has
 * asked for a page, and at once for the static export.
 */
class FirstAnswerTests {

	@Test
	void opensSoonAfterTheApplicationIsReadyWhenNobodyAsks() throws InterruptedException {
		SpringApplication application = new SpringApplication(GateOnly.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		try (ConfigurableApplicationContext context = application.run("--spring.main.banner-mode=off")) {
			FirstAnswer firstAnswer = context.getBean(FirstAnswer.class);
			for (int i = 0; i < 100 && !firstAnswer.isOpen(); i++) {
				Thread.sleep(50);
			}
			assertThat(firstAnswer.isOpen()).isTrue();
		}
	}

	@Test
	void staysShutUntilAnsweredWithoutTheApplication() {
		FirstAnswer firstAnswer = new FirstAnswer(SiteProperties.defaults());
		assertThat(firstAnswer.isOpen()).isFalse();
		firstAnswer.answered();
		assertThat(firstAnswer.isOpen()).isTrue();
		assertThat(firstAnswer.await()).isTrue();
	}

	@Configuration(proxyBeanMethods = false)
	static class GateOnly {

		@Bean
		FirstAnswer firstAnswer() {
			return new FirstAnswer(SiteProperties.defaults());
		}

	}

}
