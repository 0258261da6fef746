/**
 * How the files of {@code content/} become a validated snapshot: readers, YAML fields,
 * the watcher, the writing rules and the cross-reference checks.
 */
package org.crampguide.content.load;
