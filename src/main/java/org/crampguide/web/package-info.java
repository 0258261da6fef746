/**
 * The pages readers see: home, sections, articles, content pages, images and friendly
 * error pages, all through one layout.
 */
package org.crampguide.web;
