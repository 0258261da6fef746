package org.crampguide.feed;

import java.io.StringWriter;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an XML document with the JDK's streaming writer, which escapes text and
 * attributes for us.
 */
final class XmlDocument {

	private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

	private XmlDocument() {
	}

	@FunctionalInterface
	interface Body {

		void write(XMLStreamWriter xml) throws XMLStreamException;

	}

	static String write(Body body) {
		StringWriter out = new StringWriter();
		try {
			XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeCharacters("\n");
			body.write(xml);
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("could not write XML", ex);
		}
		return out.toString();
	}

	static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

}
