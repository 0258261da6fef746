package org.crampguide.content.load;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an SVG in {@code content/images} may contain: the drawing elements and
 * presentation attributes of static illustrations, and nothing that runs, loads or
 * animates. Anything not listed is refused, so a new kind of attack (a new element, a new
 * attribute, a namespace trick) fails closed instead of slipping past a pattern.
 */
final class SvgAllowlist {

	static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";

	static final String XLINK_NAMESPACE = "http://www.w3.org/1999/xlink";

	static final String XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";

	/**
	 * No {@code script}, {@code foreignObject}, {@code image}, {@code a}, {@code iframe},
	 * {@code animate}, {@code set} or {@code filter}: they run code, embed other
	 * documents, follow links or change attributes after the checks.
	 */
	private static final Set<String> ELEMENTS = Set.of("svg", "g", "defs", "title", "desc", "symbol", "use", "path",
			"rect", "circle", "ellipse", "line", "polyline", "polygon", "text", "tspan", "marker", "clipPath", "mask",
			"pattern", "linearGradient", "radialGradient", "stop", "style");

	private static final Set<String> ATTRIBUTES = Set.of("id", "class", "style", "role", "lang", "aria-label",
			"aria-labelledby", "aria-describedby", "aria-hidden", "viewBox", "preserveAspectRatio", "version",
			"transform", "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "rx", "ry", "fx", "fy", "dx", "dy", "width",
			"height", "d", "points", "pathLength", "href", "fill", "fill-opacity", "fill-rule", "stroke",
			"stroke-width", "stroke-opacity", "stroke-linecap", "stroke-linejoin", "stroke-dasharray",
			"stroke-dashoffset", "stroke-miterlimit", "opacity", "clip-path", "clip-rule", "clipPathUnits", "mask",
			"maskUnits", "maskContentUnits", "marker-start", "marker-mid", "marker-end", "markerWidth", "markerHeight",
			"markerUnits", "refX", "refY", "orient", "patternUnits", "patternContentUnits", "patternTransform",
			"gradientUnits", "gradientTransform", "spreadMethod", "offset", "stop-color", "stop-opacity", "font-family",
			"font-size", "font-weight", "font-style", "text-anchor", "dominant-baseline", "letter-spacing",
			"text-decoration", "textLength", "lengthAdjust", "display", "visibility", "vector-effect", "paint-order",
			"color", "type", "media");

	/** A same-document reference: {@code #id}. */
	private static final Pattern LOCAL_REFERENCE = Pattern.compile("#[A-Za-z_][A-Za-z0-9_.:-]*+");

	/** {@code url(...)}, with or without quotes, in CSS or a presentation attribute. */
	private static final Pattern URL = Pattern.compile("url\\(\\s*+['\"]?+([^)'\"]*+)", Pattern.CASE_INSENSITIVE);

	private SvgAllowlist() {
	}

	static boolean allowsElement(String namespace, String name) {
		return SVG_NAMESPACE.equals(namespace) && ELEMENTS.contains(name);
	}

	/** Why an attribute is refused, or {@code null} when it is allowed. */
	static String refusal(String namespace, String name, String value) {
		boolean plain = namespace.isEmpty();
		boolean xlinkHref = XLINK_NAMESPACE.equals(namespace) && name.equals("href");
		boolean xml = XML_NAMESPACE.equals(namespace) && (name.equals("lang") || name.equals("space"));
		if (plain && name.toLowerCase(Locale.ROOT).startsWith("on")) {
			return "event handler attribute '" + name + "' (scripts are not allowed)";
		}
		if (!(plain && ATTRIBUTES.contains(name)) && !xlinkHref && !xml) {
			return "attribute '" + name + "' is not one this site allows in an SVG";
		}
		if ((name.equals("href")) && !LOCAL_REFERENCE.matcher(value.strip()).matches()) {
			return "link '" + value + "' leads outside the picture (only #id references are allowed)";
		}
		return cssRefusal(value);
	}

	/**
	 * Why CSS or a presentation value is refused: a {@code url()} that is not
	 * {@code #id}, an import or font, or an escape that could hide either.
	 */
	static String cssRefusal(String css) {
		String lower = css.toLowerCase(Locale.ROOT);
		if (lower.contains("@import") || lower.contains("@font-face") || lower.contains("\\")
				|| lower.contains("expression(") || lower.contains("image-set(") || lower.contains("src(")) {
			return "CSS imports, fonts and escapes are not allowed ('" + abbreviate(css) + "')";
		}
		var url = URL.matcher(css);
		while (url.find()) {
			if (!LOCAL_REFERENCE.matcher(url.group(1).strip()).matches()) {
				return "url(" + abbreviate(url.group(1)) + ") leads outside the picture (only url(#id) is allowed)";
			}
		}
		return null;
	}

	private static String abbreviate(String text) {
		String line = text.strip().replaceAll("\\s++", " ");
		return (line.length() > 60) ? line.substring(0, 57) + "..." : line;
	}

}
