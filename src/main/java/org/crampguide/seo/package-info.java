/**
 * What a page's {@code <head>} says about it: title, description, canonical URL, link
 * previews and JSON-LD.
 */
package org.crampguide.seo;
