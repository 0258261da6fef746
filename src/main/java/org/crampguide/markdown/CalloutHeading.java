package org.crampguide.markdown;

/**
 * The words a callout opens with. They come from {@code site.yml}, where editors review
 * them, because the emergency heading is the most safety-critical sentence on the site.
 *
 * @param label the care level for screen readers, e.g. "Emergency advice"; not read out
 * when it equals the heading
 * @param text the visible heading, e.g. "Call 911 or go to the emergency room if:"
 */
public record CalloutHeading(String label, String text) {

}
