package org.crampguide.content.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import org.crampguide.testsupport.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The cheap fingerprint the watcher polls: stable while nothing changes, different after
 * any edit, addition, deletion or rename of a file.
 */
class ContentWatcherTests {

	@TempDir
	Path folder;

	private Path article;

	private long before;

	@BeforeEach
	void copyTheFixtureContent() {
		Fixtures.copy(Fixtures.CONTENT, this.folder);
		this.article = this.folder.resolve("articles/causes/night-cramps.md");
		this.before = ContentWatcher.fingerprint(this.folder);
	}

	@Test
	void staysTheSameWhileNothingChanges() {
		assertThat(ContentWatcher.fingerprint(this.folder)).isEqualTo(this.before);
	}

	@Test
	void changesWhenAFileGrowsOrShrinks() throws IOException {
		FileTime modified = Files.getLastModifiedTime(this.article);
		Files.writeString(this.article, Files.readString(this.article) + "\nOne more line.\n");
		// Same modification time: the size alone must show the edit.
		Files.setLastModifiedTime(this.article, modified);
		assertThat(ContentWatcher.fingerprint(this.folder)).isNotEqualTo(this.before);
	}

	@Test
	void changesWhenAFileIsSavedAgainAtTheSameSize() throws IOException {
		FileTime modified = Files.getLastModifiedTime(this.article);
		Files.setLastModifiedTime(this.article, FileTime.fromMillis(modified.toMillis() + 2_000));
		assertThat(ContentWatcher.fingerprint(this.folder)).isNotEqualTo(this.before);
	}

	@Test
	void changesWhenAFileIsAddedDeletedOrRenamed() throws IOException {
		Path added = this.folder.resolve("articles/causes/added.md");
		Files.copy(this.article, added);
		long withAddition = ContentWatcher.fingerprint(this.folder);
		assertThat(withAddition).isNotEqualTo(this.before);
		Files.delete(added);
		assertThat(ContentWatcher.fingerprint(this.folder)).isEqualTo(this.before);
		Files.move(this.article, this.folder.resolve("articles/causes/renamed.md"));
		assertThat(ContentWatcher.fingerprint(this.folder)).isNotEqualTo(this.before);
	}

	@Test
	void ignoresFoldersOfTheirOwn() throws IOException {
		Files.createDirectories(this.folder.resolve("articles/empty-folder"));
		assertThat(ContentWatcher.fingerprint(this.folder)).isEqualTo(this.before);
	}

	@Test
	void failsLoudlyWhenTheFolderIsGone() {
		assertThatExceptionOfType(UncheckedIOException.class)
			.isThrownBy(() -> ContentWatcher.fingerprint(this.folder.resolve("missing")));
	}

}
