/**
 * Markdown to safe HTML with Flexmark: figures, callouts, heading anchors and link rules
 * of the content format.
 */
package org.crampguide.markdown;
