/**
 * The site's settings ({@code crampguide.*}): where content comes from, how strictly it
 * is checked, and the public base URL. Depends on nothing else of ours.
 */
package org.crampguide.site;
