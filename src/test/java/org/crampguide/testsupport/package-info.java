/**
 * Shared test helpers: fixture content, the HTTP client, the two full-stack site
 * annotations and the browser base class.
 */
package org.crampguide.testsupport;
