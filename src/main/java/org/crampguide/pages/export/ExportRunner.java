package org.crampguide.pages.export;

import java.nio.file.Path;

import org.crampguide.site.SiteProperties;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/**
 * Runs the export when {@code crampguide.export} names a folder; the application then
 * exits with this runner's code (see {@code CrampGuideApplication}). Content errors in
 * strict mode stop the application before this runs, listed, with a non-zero code.
 */
@Component
class ExportRunner implements ApplicationRunner, ExitCodeGenerator {

	private final StaticExport export;

	private final SiteProperties properties;

	private int exitCode;

	ExportRunner(StaticExport export, SiteProperties properties) {
		this.export = export;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		Path target = this.properties.export();
		if (target == null) {
			return;
		}
		System.out.println("Exporting the site to " + target.toAbsolutePath());
		try {
			System.out.println(this.export.export(target.toAbsolutePath(), System.out));
		}
		catch (RuntimeException ex) {
			System.err.println("Export failed: " + ex.getMessage());
			this.exitCode = 1;
		}
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

}
