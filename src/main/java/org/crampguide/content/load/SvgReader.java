package org.crampguide.content.load;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.crampguide.content.ContentError;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads an SVG with the JDK's XML parser and checks every element and attribute against
 * {@link SvgAllowlist}. Secure processing is on and DOCTYPEs are refused outright, so no
 * DTD, entity or external file is ever read; a refusal names the line, from the parser.
 */
final class SvgReader extends DefaultHandler {

	private static final Pattern VIEW_BOX = Pattern
		.compile("\\s*+[-\\d.]++[\\s,]++[-\\d.]++[\\s,]++([\\d.]++)[\\s,]++([\\d.]++)\\s*+");

	private Locator locator;

	private int depth;

	/**
	 * The text of the {@code <style>} being read; the parser may hand it over in pieces.
	 */
	private StringBuilder style;

	private boolean hasTitle;

	private int[] size;

	private SvgReader() {
	}

	/**
	 * One parser per thread, reset after each file: building a parser was two thirds of
	 * reading a small SVG, and a site has dozens. {@link SAXParser#reset()} restores the
	 * factory's features, so the refusals below hold for every file.
	 */
	private static final ThreadLocal<SAXParser> PARSERS = ThreadLocal.withInitial(SvgReader::newParser);

	/** The picture's viewBox size, or {@code null} after recording why it is refused. */
	static int[] size(SourceFile file, List<ContentError> errors) {
		SvgReader reader = new SvgReader();
		SAXParser parser = PARSERS.get();
		try {
			parser.parse(new ByteArrayInputStream(file.bytes()), reader);
		}
		catch (SAXParseException ex) {
			errors.add(new ContentError(file.displayPath(), Math.max(1, ex.getLineNumber()), "svg", message(ex)));
			return null;
		}
		catch (SAXException | IOException ex) {
			errors.add(new ContentError(file.displayPath(), 1, "svg", "cannot be read as XML"));
			return null;
		}
		finally {
			parser.reset();
		}
		if (!reader.hasTitle) {
			errors.add(new ContentError(file.displayPath(), 1, "svg", "needs a <title> that names the picture"));
			return null;
		}
		return reader.size;
	}

	/**
	 * The JDK's own parser (no service lookup, so no other implementation on the class
	 * path can stand in with other defaults), with DOCTYPEs refused.
	 */
	private static SAXParser newParser() {
		try {
			SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
			factory.setNamespaceAware(true);
			factory.setXIncludeAware(false);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
			factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
			factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
			return factory.newSAXParser();
		}
		catch (ParserConfigurationException | SAXException ex) {
			throw new IllegalStateException("The JDK's XML parser lacks a security feature", ex);
		}
	}

	private static String message(SAXParseException ex) {
		String message = String.valueOf(ex.getMessage());
		if (ex instanceof Refusal) {
			return message;
		}
		if (message.contains("DOCTYPE")) {
			return "must not have a DOCTYPE (it can pull in other files and entities)";
		}
		return "is not well-formed XML: " + message;
	}

	@Override
	public void setDocumentLocator(Locator locator) {
		this.locator = locator;
	}

	@Override
	public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
		if (!SvgAllowlist.allowsElement(uri, localName)) {
			throw refuse(
					"<" + qName + "> is not allowed in an SVG (only static drawing elements in the SVG namespace)");
		}
		if (this.depth++ == 0) {
			checkRoot(localName, attributes);
		}
		for (int i = 0; i < attributes.getLength(); i++) {
			String refusal = SvgAllowlist.refusal(attributes.getURI(i), attributes.getLocalName(i),
					attributes.getValue(i));
			if (refusal != null) {
				throw refuse("<" + qName + ">: " + refusal);
			}
		}
		this.hasTitle |= localName.equals("title");
		this.style = localName.equals("style") ? new StringBuilder() : null;
	}

	private void checkRoot(String name, Attributes attributes) throws SAXException {
		if (!name.equals("svg")) {
			throw refuse("has no <svg> element");
		}
		Matcher viewBox = VIEW_BOX.matcher(String.valueOf(attributes.getValue("", "viewBox")));
		if (!viewBox.matches()) {
			throw refuse("needs a viewBox such as viewBox=\"0 0 800 450\"");
		}
		if (attributes.getValue("", "width") != null || attributes.getValue("", "height") != null) {
			throw refuse("must not set width or height on <svg>; the viewBox alone lets it scale");
		}
		this.size = new int[] { (int) Math.round(Double.parseDouble(viewBox.group(1))),
				(int) Math.round(Double.parseDouble(viewBox.group(2))) };
	}

	@Override
	public void endElement(String uri, String localName, String qName) throws SAXException {
		this.depth--;
		if (this.style != null) {
			String refusal = SvgAllowlist.cssRefusal(this.style.toString());
			if (refusal != null) {
				throw refuse("<style>: " + refusal);
			}
			this.style = null;
		}
	}

	@Override
	public void characters(char[] ch, int start, int length) {
		if (this.style != null) {
			this.style.append(ch, start, length);
		}
	}

	@Override
	public void processingInstruction(String target, String data) throws SAXException {
		throw refuse("processing instruction <?" + target + "?> is not allowed");
	}

	private Refusal refuse(String message) {
		return new Refusal(message, this.locator);
	}

	/** A rule of the allowlist broken at the parser's current line. */
	private static final class Refusal extends SAXParseException {

		Refusal(String message, Locator locator) {
			super(message, locator);
		}

	}

}
