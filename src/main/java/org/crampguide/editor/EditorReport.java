package org.crampguide.editor;

import java.time.LocalDate;
import java.util.List;

import org.crampguide.content.ContentError;

/**
 * Everything {@code /_editor} lists, on one page.
 *
 * @param errors every current content error with what it did to its file
 * @param articles every published article with its measures, overdue reviews first
 * @param drafts the drafts, each previewable at its path in editor mode
 * @param tags the tag vocabulary with how many articles use each tag
 * @param paths every page's path: home, sections, articles and pages
 */
public record EditorReport(List<ErrorRow> errors, List<ArticleRow> articles, List<ArticleRow> drafts, List<TagRow> tags,
		List<String> paths) {

	/**
	 * One content error.
	 *
	 * @param error the error
	 * @param outcome what it did to its file, in words
	 */
	public record ErrorRow(ContentError error, String outcome) {
	}

	/**
	 * One article and the measures a writer checks.
	 *
	 * @param path its site path
	 * @param title its title
	 * @param file its content file
	 * @param words words in the body
	 * @param grade Flesch-Kincaid reading grade
	 * @param sources number of sources
	 * @param linksIn how many other articles and pages link to it
	 * @param linksOut how many site paths it links to
	 * @param reviewed the last review
	 * @param nextReview when the next review is due
	 * @param overdue whether that date has passed
	 */
	public record ArticleRow(String path, String title, String file, int words, double grade, int sources, int linksIn,
			int linksOut, LocalDate reviewed, LocalDate nextReview, boolean overdue) {
	}

	/**
	 * A tag of the vocabulary.
	 *
	 * @param tag the tag
	 * @param articles how many articles use it
	 */
	public record TagRow(String tag, long articles) {
	}

}
