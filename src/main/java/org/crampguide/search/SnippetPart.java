package org.crampguide.search;

/**
 * A piece of a result's snippet. The template writes {@code text} escaped, inside
 * {@code <mark>} when {@code match}, so no query or article text is ever written as
 * markup.
 *
 * @param text the words, as plain text
 * @param match whether they match the search
 */
public record SnippetPart(String text, boolean match) {

}
