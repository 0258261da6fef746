package org.crampguide.search;

import java.io.StringWriter;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.crampguide.content.ContentSnapshot;
import org.crampguide.site.SiteAddress;

/**
 * {@code /opensearch.xml}: lets browsers offer the site's search in their address bar.
 * Written with StAX from the snapshot and the base URL, without a request.
 */
public final class OpenSearchDescription {

	private static final String NAMESPACE = "http://a9.com/-/spec/opensearch/1.1/";

	private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

	private OpenSearchDescription() {
	}

	public static String of(ContentSnapshot snapshot, SiteAddress properties) {
		StringWriter text = new StringWriter();
		try {
			XMLStreamWriter xml = FACTORY.createXMLStreamWriter(text);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("OpenSearchDescription");
			xml.writeDefaultNamespace(NAMESPACE);
			element(xml, "ShortName", snapshot.site().name());
			element(xml, "Description", "Search " + snapshot.site().name() + ": " + snapshot.site().tagline());
			element(xml, "InputEncoding", "UTF-8");
			element(xml, "Language", "en");
			url(xml, "text/html", properties.absolute("/search") + "?q={searchTerms}");
			url(xml, "application/x-suggestions+json", properties.absolute("/search/suggest") + "?q={searchTerms}");
			xml.writeEmptyElement("Image");
			xml.writeAttribute("type", "image/svg+xml");
			xml.writeCharacters(properties.absolute("/favicon.svg"));
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
		return text.toString();
	}

	private static void url(XMLStreamWriter xml, String type, String template) throws XMLStreamException {
		xml.writeEmptyElement("Url");
		xml.writeAttribute("type", type);
		xml.writeAttribute("template", template);
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

}
