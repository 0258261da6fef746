/**
 * The related-articles sidebar: a pure relatedness score and a Caffeine cache of each
 * article's list.
 */
package org.crampguide.related;
