package org.crampguide;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Cramp Guide: serves Markdown articles about muscle cramps as a fast, accessible
 * website.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CrampGuideApplication {

	public static void main(String[] args) {
		SpringApplication.run(CrampGuideApplication.class, args);
	}

}
