package org.crampguide.markdown;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The five callout kinds of the content format: three care levels (as in the NHS design
 * system) and two lighter ones. Their headings come from {@code site.yml}
 * ({@link CalloutHeading}).
 */
public enum CalloutKind {

	EMERGENCY, URGENT, SEE_A_DOCTOR, IMPORTANT, TIP;

	/** The marker word as written, e.g. {@code SEE-A-DOCTOR}. */
	public String marker() {
		return name().replace('_', '-');
	}

	public String cssModifier() {
		return marker().toLowerCase(Locale.ROOT);
	}

	public static Optional<CalloutKind> fromMarker(String marker) {
		return Arrays.stream(values()).filter((kind) -> kind.marker().equals(marker)).findFirst();
	}

}
