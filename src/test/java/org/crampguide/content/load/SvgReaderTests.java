package org.crampguide.content.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.crampguide.content.ContentError;
import org.crampguide.testsupport.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SVGs are parsed and checked against an allowlist: the attacks the old patterns missed
 * are refused with their line, and every illustration the site ships passes.
 */
class SvgReaderTests {

	private static final String OPEN = "<svg xmlns=\"http://www.w3.org/2000/svg\" "
			+ "xmlns:xlink=\"http://www.w3.org/1999/xlink\" viewBox=\"0 0 800 450\">\n<title>A calf</title>\n";

	@Test
	void readsTheSizeOfAPlainIllustration() {
		List<ContentError> errors = new ArrayList<>();
		int[] size = SvgReader.size(svg(OPEN + "<defs><clipPath id=\"c\"><rect width=\"5\" height=\"5\"/></clipPath>"
				+ "</defs>\n<g clip-path=\"url(#c)\" style=\"fill: url('#c')\"><use href=\"#c\" xlink:href=\"#c\"/>"
				+ "</g>\n<style>.a { fill: url(#c) }</style></svg>"), errors);
		assertThat(errors).isEmpty();
		assertThat(size).containsExactly(800, 450);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					script in the svg: prefix       | 3 | <svg:script xmlns:svg="http://www.w3.org/2000/svg">alert(1)</svg:script>         | <svg:script> is not allowed
					script in another namespace     | 3 | <x:script xmlns:x="http://example.org/x">alert(1)</x:script>                     | <x:script> is not allowed
					plain script                    | 3 | <script>alert(1)</script>                                                        | <script> is not allowed
					foreignObject                   | 3 | <foreignObject><p>hi</p></foreignObject>                                         | <foreignObject> is not allowed
					CSS url to another site         | 3 | <rect style="fill: url(https://tracker.example/x.svg)"/>                         | url(https://tracker.example/x.svg) leads outside the picture
					url in a presentation attribute | 3 | <rect fill="url('https://tracker.example/p')"/>                                  | url(https://tracker.example/p) leads outside the picture
					url in a style element          | 4 | <style>\\n.a { background: url(//tracker.example/x) }</style>                     | <style>: url(//tracker.example/x) leads outside
					url spelled with a reference    | 3 | <rect style="fill: u&#114;l(https://x.example)"/>                                | url(https://x.example) leads outside the picture
					CSS import                      | 3 | <style>@import 'https://x.example/a.css';</style>                                | CSS imports, fonts and escapes are not allowed
					CSS escape                      | 3 | <style>.a { fill: u\\72 l(https://x.example) }</style>                            | CSS imports, fonts and escapes are not allowed
					animate an href                 | 3 | <animate attributeName="href" values="javascript:alert(1)"/>                      | <animate> is not allowed
					set an event handler            | 3 | <set attributeName="onclick" to="alert(1)"/>                                     | <set> is not allowed
					event handler                   | 3 | <rect onload="alert(1)"/>                                                        | event handler attribute 'onload'
					external href                   | 3 | <use href="https://x.example/sprite.svg#a"/>                                     | link 'https://x.example/sprite.svg#a' leads outside the picture
					javascript xlink:href           | 3 | <use xlink:href="javascript:alert(1)"/>                                          | link 'javascript:alert(1)' leads outside the picture
					image element                   | 3 | <image href="data:image/png;base64,AAAA"/>                                       | <image> is not allowed
					link element                    | 3 | <a href="https://x.example"><rect/></a>                                          | <a> is not allowed
					unknown attribute               | 3 | <rect data-x="1"/>                                                               | attribute 'data-x' is not one this site allows
					processing instruction          | 3 | <?xml-stylesheet href="https://x.example/a.css"?>                                | processing instruction <?xml-stylesheet?> is not allowed
					""")
	void refuses(String attack, int line, String element, String message) {
		List<ContentError> errors = new ArrayList<>();
		assertThat(SvgReader.size(svg(OPEN + element.replace("\\n", "\n") + "\n</svg>"), errors)).isNull();
		assertThat(errors).singleElement().satisfies((error) -> {
			assertThat(error.line()).isEqualTo(line);
			assertThat(error.field()).isEqualTo("svg");
			assertThat(error.message()).contains(message);
		});
	}

	@Test
	void refusesADoctypeWithoutReadingTheEntityItNames() {
		List<ContentError> errors = new ArrayList<>();
		String doctype = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n";
		assertThat(SvgReader.size(svg(doctype + OPEN + "<text>&x;</text></svg>"), errors)).isNull();
		assertThat(errors).extracting(ContentError::toString)
			.containsExactly(
					"content/images/x.svg:2: svg: must not have a DOCTYPE (it can pull in other files and entities)");
	}

	@Test
	void refusesADoctypeAfterAnyFileTheSameParserReadBefore() {
		// The parser is reused, reset after each file: a refusal, a broken file or a good
		// one must leave the DOCTYPE refusal as it was.
		String doctype = "<!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n";
		List<ContentError> errors = new ArrayList<>();
		for (String before : List.of(OPEN + "</svg>", OPEN + "<script>x</script></svg>", OPEN + "<rect>")) {
			SvgReader.size(svg(before), errors);
			errors.clear();
			assertThat(SvgReader.size(svg(doctype + OPEN + "<text>&x;</text></svg>"), errors)).isNull();
			assertThat(errors).extracting(ContentError::message)
				.containsExactly("must not have a DOCTYPE (it can pull in other files and entities)");
			errors.clear();
			assertThat(SvgReader.size(svg(OPEN + "</svg>"), errors)).containsExactly(800, 450);
			assertThat(errors).isEmpty();
		}
	}

	@Test
	void refusesAnSvgOutsideTheSvgNamespaceOrNotWellFormed() {
		List<ContentError> errors = new ArrayList<>();
		SvgReader.size(svg("<svg viewBox=\"0 0 1 1\"><title>x</title></svg>"), errors);
		SvgReader.size(svg(OPEN + "<rect>"), errors);
		assertThat(errors).extracting(ContentError::message)
			.satisfiesExactly((message) -> assertThat(message).startsWith("<svg> is not allowed"),
					(message) -> assertThat(message).startsWith("is not well-formed XML"));
	}

	@Test
	void keepsTheRootRules() {
		List<ContentError> errors = new ArrayList<>();
		SvgReader.size(svg(OPEN.replace("viewBox=\"0 0 800 450\"", "width=\"800\" viewBox=\"0 0 800 450\"") + "</svg>"),
				errors);
		SvgReader.size(svg(OPEN.replace(" viewBox=\"0 0 800 450\"", "") + "</svg>"), errors);
		SvgReader.size(svg(OPEN.replace("<title>A calf</title>", "") + "</svg>"), errors);
		assertThat(errors).extracting(ContentError::message)
			.containsExactly("must not set width or height on <svg>; the viewBox alone lets it scale",
					"needs a viewBox such as viewBox=\"0 0 800 450\"", "needs a <title> that names the picture");
	}

	@Test
	void passesEveryIllustrationTheSiteAndItsFixturesShip() throws IOException {
		for (Path folder : List.of(Fixtures.SITE_CONTENT, Fixtures.CONTENT, Fixtures.BROKEN_CONTENT)) {
			try (Stream<Path> images = Files.list(folder.resolve("images"))) {
				for (Path image : images.filter((path) -> path.toString().endsWith(".svg")).toList()) {
					List<ContentError> errors = new ArrayList<>();
					SvgReader.size(new SourceFile("images/" + image.getFileName(), Files.readAllBytes(image)), errors);
					assertThat(errors).as(image.toString()).isEmpty();
				}
			}
		}
	}

	private static SourceFile svg(String text) {
		return new SourceFile("images/x.svg", text.getBytes(StandardCharsets.UTF_8));
	}

}
