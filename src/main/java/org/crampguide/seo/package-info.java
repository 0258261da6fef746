/**
 * What machines read: page metadata, link previews, structured data, sitemap and feed.
 */
package org.crampguide.seo;
