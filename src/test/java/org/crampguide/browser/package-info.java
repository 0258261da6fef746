/**
 * Browser tests: a reader's journey, sharing and accessibility, driven through Selenium
 * in headless Chromium.
 */
package org.crampguide.browser;
