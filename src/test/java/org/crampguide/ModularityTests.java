package org.crampguide;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;

/**
 * The packages form a graph without cycles, and no feature reaches into another's
 * internals (such as {@code content.load}), so the shape cannot silently decay.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(CrampGuideApplication.class);

	@Test
	void hasNoCyclesAndUsesOnlyPublicModuleApis() {
		this.modules.verify();
	}

	/** Proves the check can fail: two test-only packages that import each other. */
	@Test
	void wouldCatchACycle() {
		assertThatExceptionOfType(Violations.class)
			.isThrownBy(() -> ApplicationModules.of("org.crampguide.testsupport.cyclic", (location) -> true).verify())
			.withMessageContaining("Cycle detected");
	}

}
