/**
 * Site search: a Lucene index per content snapshot, {@code /search}, suggestions as you
 * type, red-flag callouts for danger signs, the A-Z page and the OpenSearch description.
 */
package org.crampguide.search;
