/**
 * Site-wide settings: the public base URL and the site's identity.
 */
package org.crampguide.site;
