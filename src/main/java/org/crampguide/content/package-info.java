/**
 * Reading the {@code content/} folder into immutable, validated snapshots of articles and
 * pages.
 */
package org.crampguide.content;
