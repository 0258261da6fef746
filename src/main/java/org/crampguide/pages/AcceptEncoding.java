package org.crampguide.pages;

import java.util.Locale;

/**
 * Whether a request's {@code Accept-Encoding} allows gzip, with q-values:
 * {@code gzip;q=0} refuses it, and {@code *} stands for any coding not named.
 */
final class AcceptEncoding {

	private AcceptEncoding() {
	}

	static boolean allowsGzip(String header) {
		if (header == null || header.isBlank()) {
			return false;
		}
		Double gzip = null;
		Double any = null;
		for (String part : header.split(",")) {
			String[] fields = part.split(";");
			String coding = fields[0].trim().toLowerCase(Locale.ROOT);
			double quality = quality(fields);
			if (coding.equals("gzip") || coding.equals("x-gzip")) {
				gzip = (gzip == null) ? quality : Math.max(gzip, quality);
			}
			else if (coding.equals("*")) {
				any = quality;
			}
		}
		if (gzip != null) {
			return gzip > 0;
		}
		return any != null && any > 0;
	}

	private static double quality(String[] fields) {
		for (int i = 1; i < fields.length; i++) {
			String parameter = fields[i].trim();
			if (parameter.length() > 2 && (parameter.charAt(0) == 'q' || parameter.charAt(0) == 'Q')
					&& parameter.charAt(1) == '=') {
				try {
					double value = Double.parseDouble(parameter.substring(2).trim());
					return (value >= 0 && value <= 1) ? value : 0;
				}
				catch (NumberFormatException ex) {
					return 0;
				}
			}
		}
		return 1;
	}

}
