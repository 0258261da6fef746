/**
 * Markdown to safe HTML with Flexmark: the renderer, its inputs and outputs, and the link
 * rules; each feature of the content format is an extension in a subpackage.
 */
package org.crampguide.markdown;
