/**
 * The static export ({@code --crampguide.export=DIR}): the page store's bytes written as
 * files any web server can serve, with redirect rules for nginx and Netlify.
 */
package org.crampguide.pages.export;
