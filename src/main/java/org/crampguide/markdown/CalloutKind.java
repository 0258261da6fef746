package org.crampguide.markdown;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The five callout kinds of the content format: three care levels (as in the NHS design
 * system) and two lighter ones.
 */
public enum CalloutKind {

	EMERGENCY("Emergency advice", "Call 911 or go to the emergency room if:"),

	URGENT("Urgent advice", "Get medical advice today if:"),

	SEE_A_DOCTOR("Non-urgent advice", "See a doctor if:"),

	IMPORTANT("Important", "Important"),

	TIP("Tip", "Tip");

	private final String hiddenLabel;

	private final String heading;

	CalloutKind(String hiddenLabel, String heading) {
		this.hiddenLabel = hiddenLabel;
		this.heading = heading;
	}

	/** The marker word as written, e.g. {@code SEE-A-DOCTOR}. */
	public String marker() {
		return name().replace('_', '-');
	}

	public String cssModifier() {
		return marker().toLowerCase(Locale.ROOT);
	}

	public String hiddenLabel() {
		return this.hiddenLabel;
	}

	public String heading() {
		return this.heading;
	}

	public static Optional<CalloutKind> fromMarker(String marker) {
		return Arrays.stream(values()).filter((kind) -> kind.marker().equals(marker)).findFirst();
	}

}
