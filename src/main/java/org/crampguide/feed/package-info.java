/**
 * What machines fetch besides pages: {@code /sitemap.xml}, the Atom {@code /feed.xml} and
 * {@code /robots.txt}.
 */
package org.crampguide.feed;
