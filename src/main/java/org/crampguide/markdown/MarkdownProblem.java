package org.crampguide.markdown;

/**
 * Something in a Markdown body that breaks the content format.
 *
 * @param line the 0-based line within the body
 * @param element what the problem is in, e.g. {@code figure} or {@code link}
 * @param message what is wrong
 */
public record MarkdownProblem(int line, String element, String message) {

}
