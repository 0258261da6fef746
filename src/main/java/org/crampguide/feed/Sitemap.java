package org.crampguide.feed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.crampguide.content.Article;
import org.crampguide.content.ContentSnapshot;
import org.crampguide.content.Page;
import org.crampguide.content.Section;
import org.crampguide.pages.PageBody;
import org.crampguide.site.SiteAddress;

import org.springframework.stereotype.Component;

/**
 * {@code /sitemap.xml}: every published article, section and page. Past the protocol's
 * 50,000 URLs per file it becomes a sitemap index of {@code /sitemaps/<n>.xml} parts.
 */
@Component
class Sitemap {

	static final int URLS_PER_FILE = 50_000;

	private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

	private final SiteAddress site;

	Sitemap(SiteAddress site) {
		this.site = site;
	}

	PageBody sitemap(ContentSnapshot snapshot) {
		List<Entry> entries = entries(snapshot);
		if (entries.size() <= URLS_PER_FILE) {
			return urlset(entries);
		}
		String xml = XmlDocument.write((out) -> {
			out.writeStartElement("sitemapindex");
			out.writeDefaultNamespace(NAMESPACE);
			for (int part = 1; part <= parts(entries.size()); part++) {
				out.writeStartElement("sitemap");
				XmlDocument.element(out, "loc", this.site.absolute(partPath(part)));
				out.writeEndElement();
			}
			out.writeEndElement();
		});
		return PageBody.text(xml, "application/xml;charset=UTF-8");
	}

	/** Part {@code n} (from 1) of a sitemap index, when there is one. */
	Optional<PageBody> part(ContentSnapshot snapshot, int n) {
		List<Entry> entries = entries(snapshot);
		if (entries.size() <= URLS_PER_FILE || n < 1 || n > parts(entries.size())) {
			return Optional.empty();
		}
		int from = (n - 1) * URLS_PER_FILE;
		return Optional.of(urlset(entries.subList(from, Math.min(entries.size(), from + URLS_PER_FILE))));
	}

	/** How many parts the index of {@code snapshot} has; 0 when there is no index. */
	int parts(ContentSnapshot snapshot) {
		int size = entries(snapshot).size();
		return (size <= URLS_PER_FILE) ? 0 : parts(size);
	}

	static String partPath(int n) {
		return "/sitemaps/" + n + ".xml";
	}

	private static int parts(int size) {
		return (size + URLS_PER_FILE - 1) / URLS_PER_FILE;
	}

	private PageBody urlset(List<Entry> entries) {
		String xml = XmlDocument.write((out) -> {
			out.writeStartElement("urlset");
			out.writeDefaultNamespace(NAMESPACE);
			for (Entry entry : entries) {
				url(out, entry.path(), entry.lastModified());
			}
			out.writeEndElement();
		});
		return PageBody.text(xml, "application/xml;charset=UTF-8");
	}

	private static List<Entry> entries(ContentSnapshot snapshot) {
		List<Entry> entries = new ArrayList<>();
		entries.add(new Entry("/", newest(snapshot.publishedArticles())));
		for (Section section : snapshot.site().sections()) {
			entries.add(new Entry(section.path(), newest(snapshot.publishedIn(section.id()))));
		}
		// The A-Z page is listed; search results never are (they are noindex).
		entries.add(new Entry("/a-z", newest(snapshot.publishedArticles())));
		for (Article article : snapshot.publishedArticles()) {
			entries.add(new Entry(article.path(), article.reviewed()));
		}
		for (Page page : snapshot.pages().values().stream().sorted(Comparator.comparing(Page::slug)).toList()) {
			entries.add(new Entry(page.path(), page.reviewed()));
		}
		return entries;
	}

	private static LocalDate newest(List<Article> articles) {
		return articles.stream().map(Article::reviewed).max(LocalDate::compareTo).orElse(null);
	}

	private void url(XMLStreamWriter out, String path, LocalDate lastModified) throws XMLStreamException {
		out.writeStartElement("url");
		XmlDocument.element(out, "loc", this.site.absolute(path));
		if (lastModified != null) {
			XmlDocument.element(out, "lastmod", lastModified.toString());
		}
		out.writeEndElement();
	}

	private record Entry(String path, LocalDate lastModified) {
	}

}
