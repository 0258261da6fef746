/**
 * Callouts: {@code [!KIND]} blockquotes rendered with the site's headings.
 */
package org.crampguide.markdown.callout;
