package org.crampguide.feed;

import java.time.LocalDate;
import java.util.Comparator;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.crampguide.content.Article;
import org.crampguide.content.ContentRepository;
import org.crampguide.content.ContentSnapshot;
import org.crampguide.content.Page;
import org.crampguide.content.Section;
import org.crampguide.site.SiteProperties;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /sitemap.xml}: every published article, section and page.
 */
@Controller
class SitemapController {

	private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

	private final ContentRepository content;

	private final SiteProperties site;

	SitemapController(ContentRepository content, SiteProperties site) {
		this.content = content;
		this.site = site;
	}

	@GetMapping("/sitemap.xml")
	ResponseEntity<String> sitemap() {
		ContentSnapshot snapshot = this.content.snapshot();
		LocalDate newest = snapshot.publishedArticles()
			.stream()
			.map(Article::reviewed)
			.max(LocalDate::compareTo)
			.orElse(null);
		String xml = XmlDocument.write((out) -> {
			out.writeStartElement("urlset");
			out.writeDefaultNamespace(NAMESPACE);
			url(out, "/", newest);
			for (Section section : snapshot.site().sections()) {
				url(out, section.path(),
						snapshot.publishedIn(section.id())
							.stream()
							.map(Article::reviewed)
							.max(LocalDate::compareTo)
							.orElse(null));
			}
			// The A-Z page is listed; search results never are (they are noindex).
			url(out, "/a-z", newest);
			for (Article article : snapshot.publishedArticles()) {
				url(out, article.path(), article.reviewed());
			}
			for (Page page : snapshot.pages().values().stream().sorted(Comparator.comparing(Page::slug)).toList()) {
				url(out, page.path(), page.reviewed());
			}
			out.writeEndElement();
		});
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(xml);
	}

	private void url(XMLStreamWriter out, String path, LocalDate lastModified) throws XMLStreamException {
		out.writeStartElement("url");
		XmlDocument.element(out, "loc", this.site.absolute(path));
		if (lastModified != null) {
			XmlDocument.element(out, "lastmod", lastModified.toString());
		}
		out.writeEndElement();
	}

}
