package org.crampguide.content.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.crampguide.testsupport.Fixtures;
import org.crampguide.testsupport.CapturedContentLog;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Only regular files inside the content folder are content: a link may point within the
 * folder, never outside it; and the folder itself may be a link.
 */
@ExtendWith(CapturedContentLog.class)
class ContentFilesTests {

	@TempDir
	Path temp;

	@Test
	void readsAContentFolderGivenAsALink() throws IOException {
		Path real = Fixtures.copy(Fixtures.CONTENT, this.temp.resolve("release-1"));
		Path current = Files.createSymbolicLink(this.temp.resolve("current"), real);
		Map<String, byte[]> files = ContentFiles.fromDirectory(current);
		assertThat(files).containsKeys("site.yml", "articles/causes/night-cramps.md", "images/calf.svg");
		assertThat(Fixtures.loader().load(files, null, 1).errors()).isEmpty();
	}

	@Test
	void leavesOutLinksToFilesOutsideTheFolder() throws IOException {
		Path content = Fixtures.copy(Fixtures.CONTENT, this.temp.resolve("content"));
		Path secret = Files.writeString(this.temp.resolve("secret.svg"),
				"<svg viewBox=\"0 0 1 1\"><title>x</title></svg>");
		Files.createSymbolicLink(content.resolve("images/stolen.svg"), secret);
		Files.createSymbolicLink(content.resolve("articles/causes/stolen.md"), secret);
		Files.createSymbolicLink(content.resolve("images/copy.svg"), content.resolve("images/calf.svg"));
		Map<String, byte[]> files = ContentFiles.fromDirectory(content);
		assertThat(files).doesNotContainKeys("images/stolen.svg", "articles/causes/stolen.md")
			.containsKey("images/copy.svg");
		assertThat(CapturedContentLog.lines()).contains("ERROR Content file left out: content/images/stolen.svg is a "
				+ "link to something outside the content folder or not a regular file");
	}

}
