package org.crampguide.content;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where content comes from and how strictly it is checked.
 *
 * @param contentDir a content folder on disk, watched for edits; when unset, the content
 * bundled in the jar
 * @param strict fail on any content error instead of logging it and leaving the file out
 * @param drafts serve draft articles at their URLs (for previews); drafts are never
 * listed either way
 * @param reloadInterval how often the content folder is checked for changes
 */
@ConfigurationProperties("crampguide")
public record ContentProperties(Path contentDir, @DefaultValue("false") boolean strict,
		@DefaultValue("false") boolean drafts, @DefaultValue("500ms") Duration reloadInterval) {

}
