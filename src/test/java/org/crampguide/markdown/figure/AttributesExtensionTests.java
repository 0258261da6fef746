package org.crampguide.markdown.figure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whether {@code flexmark-ext-attributes} could read the figure's {@code {credit="..."
 * license="..."}} block, with typographic quotes on as the site has them. It reads plain
 * values, but a value holding something that looks like an HTML tag breaks the block
 * apart, and it would also attach blocks to images inside sentences, changing their HTML.
 * So the figure syntax keeps its own reader.
 */
class AttributesExtensionTests {

	private final Parser parser = Parser
		.builder(new MutableDataSet()
			.set(Parser.EXTENSIONS, List.of(TypographicExtension.create(), AttributesExtension.create()))
			.set(HtmlRenderer.ESCAPE_HTML, true))
		.build();

	@Test
	void readsPlainValuesWithStraightQuotesAndAmpersands() {
		assertThat(attributes("![a](images/calf.svg \"c\"){credit=\"O'Neil & Co\" license=\"CC BY 4.0\"}\n"))
			.containsExactly(Map.entry("credit", "O'Neil & Co"), Map.entry("license", "CC BY 4.0"));
	}

	@Test
	void readsValuesWithAngleBracketsAndTheOtherQuoteMark() {
		assertThat(attributes("![a](images/calf.svg \"c\"){credit=\"A & B <c>\" license='the \"Open\" one'}\n"))
			.containsExactly(Map.entry("credit", "A & B <c>"), Map.entry("license", "the \"Open\" one"));
	}

	@Test
	void rendersAnyAttributeAWriterTypesOnAnyElement() {
		assertThat(render("[x](/causes){onclick=\"alert(1)\"}\n")).contains("onclick=\"alert(1)\"");
	}

	@Test
	void attachesTheBlockToAnImageInsideASentence() {
		assertThat(render("A picture ![a](images/calf.svg \"c\"){credit=\"x\"} inside text.\n"))
			.contains("credit=\"x\"")
			.doesNotContain("{credit");
	}

	private String render(String markdown) {
		return HtmlRenderer.builder(this.parser.getOptions()).build().render(this.parser.parse(markdown));
	}

	private Map<String, String> attributes(String markdown) {
		Map<String, String> attributes = new LinkedHashMap<>();
		for (Node node : this.parser.parse(markdown).getDescendants()) {
			if (node instanceof AttributesNode block) {
				block.getChildren()
					.forEach((child) -> attributes.put(((AttributeNode) child).getName().toString(),
							((AttributeNode) child).getValue().toString()));
			}
		}
		return attributes;
	}

}
