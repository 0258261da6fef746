/**
 * HTTP plumbing shared by every response: security headers, canonical-path redirects and
 * caching headers.
 */
package org.crampguide.system;
