/**
 * The writer's view, on only in editor mode ({@code ./mvnw spring-boot:run}): the
 * {@code /_editor} report, error banners on pages and the page for a new broken file.
 */
package org.crampguide.editor;
