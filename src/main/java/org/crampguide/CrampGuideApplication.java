package org.crampguide;

import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Cramp Guide: serves Markdown articles about muscle cramps as a fast, accessible
 * website, or, with {@code --crampguide.export=DIR}, writes it as static files and exits.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CrampGuideApplication {

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(CrampGuideApplication.class);
		boolean export = exportRequested(args);
		if (export) {
			// No server, no watcher thread to keep alive: write the files and exit.
			application.setWebApplicationType(WebApplicationType.NONE);
		}
		ConfigurableApplicationContext context = application.run(args);
		if (export) {
			System.exit(SpringApplication.exit(context));
		}
	}

	private static boolean exportRequested(String[] args) {
		return Arrays.stream(args).anyMatch((arg) -> arg.startsWith("--crampguide.export="))
				|| System.getProperty("crampguide.export") != null || System.getenv("CRAMPGUIDE_EXPORT") != null;
	}

}
