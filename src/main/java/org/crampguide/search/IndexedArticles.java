package org.crampguide.search;

import java.io.IOException;
import java.util.Optional;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.crampguide.content.Article;
import org.crampguide.content.ContentSnapshot;

/**
 * The article behind each document of one index, looked up once when the index opens. A
 * search then reads no stored fields at all: decompressing them was a tenth of a search,
 * and the bodies the snippets need are already in the snapshot.
 */
final class IndexedArticles {

	private final Article[] byDoc;

	IndexedArticles(IndexReader reader, ContentSnapshot snapshot) throws IOException {
		this.byDoc = new Article[reader.maxDoc()];
		StoredFields stored = reader.storedFields();
		for (int doc = 0; doc < this.byDoc.length; doc++) {
			this.byDoc[doc] = snapshot.allArticles().get(stored.document(doc).get(SearchFields.PATH));
		}
	}

	Optional<Article> article(int doc) {
		return Optional.ofNullable(this.byDoc[doc]);
	}

	/** The text indexed as the body of {@code doc}, as the highlighter needs it. */
	String body(int doc) {
		Article article = this.byDoc[doc];
		return (article != null) ? article.body().text() : "";
	}

}
