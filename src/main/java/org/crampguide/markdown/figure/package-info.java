/**
 * Figures: lone images with caption and credit, and the rules every figure follows.
 */
package org.crampguide.markdown.figure;
