package org.crampguide.editor;

import java.util.Optional;

import org.crampguide.content.Article;
import org.crampguide.content.ContentRepository;
import org.crampguide.content.Page;
import org.crampguide.site.SiteProperties;

import org.springframework.stereotype.Component;

/**
 * What the page controllers add for an editor: the error banner of a page and the
 * not-yet-published file behind a 404. Everything is empty when editor mode is off, so
 * readers never see it.
 */
@Component
public class EditorNotices {

	private final ContentRepository content;

	private final boolean editor;

	public EditorNotices(ContentRepository content, SiteProperties properties) {
		this.content = content;
		this.editor = properties.editor();
	}

	/** The banner for {@code article}, or {@code null}. */
	public EditorNotice forArticle(Article article) {
		return forFile(article.file());
	}

	/** The banner for {@code page}, or {@code null}. */
	public EditorNotice forPage(Page page) {
		return forFile(page.file());
	}

	/** The new broken file that would be served at {@code path}, in editor mode. */
	public Optional<UnpublishedFile> unpublishedAt(String path) {
		return this.editor ? UnpublishedFile.at(this.content.lastLoad(), path) : Optional.empty();
	}

	private EditorNotice forFile(String file) {
		return this.editor ? EditorNotice.of(this.content.lastLoad(), file) : null;
	}

}
