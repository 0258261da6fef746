package org.crampguide.pages.export;

/**
 * Where each site path goes in an export: pages become {@code index.html} in a folder of
 * their path ({@code /causes/heat-cramps} to {@code causes/heat-cramps/index.html}), so
 * the URLs stay exactly as the live site's; files keep their own name.
 */
final class ExportLayout {

	private ExportLayout() {
	}

	static String fileFor(String path) {
		if (path.equals("/")) {
			return "index.html";
		}
		String relative = path.substring(1);
		String last = relative.substring(relative.lastIndexOf('/') + 1);
		return last.contains(".") ? relative : relative + "/index.html";
	}

}
