/**
 * HTTP: controllers for every page kind, images, redirects to canonical paths, error
 * pages and security headers.
 */
package org.crampguide.web;
