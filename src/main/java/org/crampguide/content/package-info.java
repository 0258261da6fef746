/**
 * What controllers and other features read about the content: articles, pages, the site's
 * description, the snapshot being served and its repository.
 */
package org.crampguide.content;
