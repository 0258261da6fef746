package org.crampguide.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.stream.Collectors;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.crampguide.content.Article;
import org.crampguide.content.ContentSnapshot;
import org.crampguide.markdown.TocEntry;

/**
 * Builds the in-memory index of one snapshot's published articles. Drafts are never
 * indexed, so search cannot reveal them.
 */
final class SearchIndexBuilder {

	/**
	 * With offsets in the postings, so snippets need no re-analysis; not stored, as the
	 * text is in the snapshot.
	 */
	private static final FieldType HIGHLIGHTED = highlighted();

	/** Only which documents hold a word: enough for the spell checker, and cheap. */
	private static final FieldType VOCABULARY = vocabulary();

	private SearchIndexBuilder() {
	}

	static SearchIndex build(ContentSnapshot snapshot) {
		ByteBuffersDirectory directory = new ByteBuffersDirectory();
		IndexWriterConfig config = new IndexWriterConfig(SearchAnalyzers.forDocuments())
			.setOpenMode(IndexWriterConfig.OpenMode.CREATE)
			// Room for a whole 10,000-article site in one flush: one segment, no merging.
			.setRAMBufferSizeMB(256);
		try (IndexWriter writer = new IndexWriter(directory, config)) {
			for (Article article : snapshot.publishedArticles()) {
				writer.addDocument(document(snapshot, article));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		try {
			return new SearchIndex(snapshot, DirectoryReader.open(directory));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Document document(ContentSnapshot snapshot, Article article) {
		String headings = article.body().headings().stream().map(TocEntry::text).collect(Collectors.joining("\n"));
		String tags = String.join(" ", article.tags()).replace('-', ' ');
		Document document = new Document();
		document.add(new StringField(SearchFields.PATH, article.path(), Field.Store.YES));
		// Indexed for the section filter, doc values for counting per section.
		document.add(new StringField(SearchFields.SECTION, article.section(), Field.Store.NO));
		document.add(new SortedDocValuesField(SearchFields.SECTION, new BytesRef(article.section())));
		document.add(new TextField(SearchFields.SECTION_TITLE, snapshot.site().section(article.section()).title(),
				Field.Store.NO));
		document.add(new Field(SearchFields.TITLE, article.title(), HIGHLIGHTED));
		document.add(new Field(SearchFields.SUMMARY, article.summary(), HIGHLIGHTED));
		document.add(new TextField(SearchFields.HEADINGS, headings, Field.Store.NO));
		document.add(new TextField(SearchFields.TAGS, tags, Field.Store.NO));
		document.add(new Field(SearchFields.BODY, article.body().text(), HIGHLIGHTED));
		document.add(new TextField(SearchFields.TITLE_WORDS, article.title(), Field.Store.NO));
		String all = String.join("\n", article.title(), article.summary(), headings, article.body().text());
		document.add(new Field(SearchFields.SPELLING, all, VOCABULARY));
		return document;
	}

	private static FieldType highlighted() {
		FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
		type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		type.freeze();
		return type;
	}

	private static FieldType vocabulary() {
		FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
		type.setIndexOptions(IndexOptions.DOCS);
		type.setOmitNorms(true);
		type.freeze();
		return type;
	}

}
