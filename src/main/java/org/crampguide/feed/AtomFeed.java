package org.crampguide.feed;

import java.time.LocalDate;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;

import org.crampguide.content.Article;
import org.crampguide.content.ContentSnapshot;
import org.crampguide.pages.PageBody;
import org.crampguide.site.SiteAddress;

import org.springframework.stereotype.Component;

/**
 * The Atom feed at {@code /feed.xml}: the 20 most recently published or reviewed
 * articles.
 */
@Component
class AtomFeed {

	static final int SIZE = 20;

	private static final String ATOM = "http://www.w3.org/2005/Atom";

	private final SiteAddress site;

	AtomFeed(SiteAddress site) {
		this.site = site;
	}

	PageBody feed(ContentSnapshot snapshot) {
		List<Article> recent = snapshot.publishedArticles()
			.stream()
			.sorted(Comparator.comparing(Article::reviewed).reversed().thenComparing(Article::path))
			.limit(SIZE)
			.toList();
		String xml = XmlDocument.write((out) -> {
			out.writeStartElement("feed");
			out.writeDefaultNamespace(ATOM);
			XmlDocument.element(out, "title", snapshot.site().name());
			XmlDocument.element(out, "subtitle", snapshot.site().tagline());
			XmlDocument.element(out, "id", this.site.absolute("/"));
			link(out, "self", this.site.absolute("/feed.xml"));
			link(out, "alternate", this.site.absolute("/"));
			XmlDocument.element(out, "updated",
					timestamp(recent.isEmpty() ? LocalDate.EPOCH : recent.get(0).reviewed()));
			out.writeStartElement("author");
			XmlDocument.element(out, "name", snapshot.site().name() + " contributors");
			out.writeEndElement();
			for (Article article : recent) {
				out.writeStartElement("entry");
				XmlDocument.element(out, "title", article.title());
				XmlDocument.element(out, "id", this.site.absolute(article.path()));
				link(out, "alternate", this.site.absolute(article.path()));
				XmlDocument.element(out, "published", timestamp(article.published()));
				XmlDocument.element(out, "updated", timestamp(article.reviewed()));
				XmlDocument.element(out, "summary", article.summary());
				out.writeEmptyElement("category");
				out.writeAttribute("term", article.section());
				out.writeEndElement();
			}
			out.writeEndElement();
		});
		return PageBody.text(xml, "application/atom+xml;charset=UTF-8");
	}

	private static String timestamp(LocalDate date) {
		return date.atStartOfDay(ZoneOffset.UTC).toInstant().toString();
	}

	private static void link(XMLStreamWriter out, String rel, String href) throws XMLStreamException {
		out.writeEmptyElement("link");
		out.writeAttribute("rel", rel);
		out.writeAttribute("href", href);
	}

}
