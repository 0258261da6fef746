package org.crampguide.content;

import java.time.LocalDate;

/**
 * A cited source of an article.
 *
 * @param title the source's title
 * @param publisher who published it
 * @param url its canonical https address
 * @param date when it was published or updated, may be {@code null}
 */
public record Citation(String title, String publisher, String url, LocalDate date) {

}
