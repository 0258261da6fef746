package org.crampguide.markdown.figure;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.crampguide.markdown.Figure;
import org.crampguide.markdown.ImageCatalog;
import org.crampguide.markdown.MarkdownRenderer;
import org.crampguide.testsupport.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The credit line is written twice: by {@link FigureNodeRenderer} for body figures and by
 * the Thymeleaf fragment {@code credit} for the lead figure. This keeps the two the same.
 */
class FigureCreditTemplateTests {

	private static final Pattern CREDIT = Pattern.compile("<span class=\"figure__credit\">.*?</span>");

	private final SpringTemplateEngine templates = templateEngine();

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "-",
			textBlock = """
					credit only             | Illustration by Cramp Guide contributors | -         | -
					credit and license      | Illustration by Cramp Guide contributors | CC BY 4.0 | -
					linked to its source    | Jo O'Neil & Co <studio>                  | CC BY-SA  | https://example.org/a?b=1&c=2
					""")
	void writesTheSameCreditForBodyAndLeadFigures(String name, String credit, String license, String source) {
		Figure figure = new Figure("/images/calf.svg", "Alt", "Caption", credit, license, source, 800, 450);
		assertThat(bodyCredit(figure)).isEqualTo(templateCredit(figure));
	}

	private static String bodyCredit(Figure figure) {
		String markdown = "![" + figure.alt() + "](images/calf.svg \"" + figure.caption() + "\"){credit=\""
				+ figure.credit() + "\"" + ((figure.license() != null) ? " license=\"" + figure.license() + "\"" : "")
				+ ((figure.source() != null) ? " source=\"" + figure.source() + "\"" : "") + "}\n";
		ImageCatalog images = (path) -> Optional.of(new ImageCatalog.ImageSize(800, 450));
		MarkdownRenderer.Result result = new MarkdownRenderer().render(markdown, Fixtures.renderContext(images));
		assertThat(result.problems()).isEmpty();
		return credit(result.body().html());
	}

	private String templateCredit(Figure figure) {
		Context context = new Context();
		context.setVariables(Map.of("figure", figure));
		return credit(this.templates.process("fragments/components", Set.of("credit"), context));
	}

	private static String credit(String html) {
		Matcher credit = CREDIT.matcher(html);
		assertThat(credit.find()).as("a credit in %s", html).isTrue();
		return credit.group();
	}

	private static SpringTemplateEngine templateEngine() {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setSuffix(".html");
		resolver.setTemplateMode(TemplateMode.HTML);
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		return engine;
	}

}
