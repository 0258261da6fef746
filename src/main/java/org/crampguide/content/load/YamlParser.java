package org.crampguide.content.load;

import java.io.StringReader;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.crampguide.content.ContentError;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Parses YAML text into SnakeYAML's node tree (safe constructor only) and names the line
 * of a syntax error.
 */
final class YamlParser {

	/** A {@code field: value} line, possibly indented or a list entry. */
	private static final Pattern FIELD_LINE = Pattern.compile("(\\s*(?:-\\s+)?)([A-Za-z][\\w-]*):\\s(.*)");

	/**
	 * One Yaml per thread: building one (its resolver, constructor and representer) was a
	 * seventh of reading the front matter, and a Yaml may be reused but not shared.
	 */
	private static final ThreadLocal<Yaml> YAML = ThreadLocal.withInitial(() -> {
		LoaderOptions options = new LoaderOptions();
		DumperOptions unused = new DumperOptions();
		return new Yaml(new SafeConstructor(options), new Representer(unused), unused, options, new FieldResolver());
	});

	private YamlParser() {
	}

	/**
	 * Parses {@code yaml} as a mapping, or returns {@code null} after recording why it
	 * could not.
	 * @param lineOffset how many file lines come before the YAML text
	 */
	static YamlFields parse(String file, String yaml, int lineOffset, List<ContentError> errors) {
		Node root;
		try {
			root = YAML.get().compose(new StringReader(yaml));
		}
		catch (MarkedYAMLException ex) {
			int line = lineOffset + ex.getProblemMark().getLine() + 1;
			errors.add(new ContentError(file, line, "front matter", "is not valid YAML: " + ex.getProblem(),
					colonHint(ex, yaml)));
			return null;
		}
		catch (YAMLException ex) {
			errors.add(new ContentError(file, lineOffset + 1, "front matter", "is not valid YAML: " + ex.getMessage()));
			return null;
		}
		if (!(root instanceof MappingNode mapping)) {
			errors
				.add(new ContentError(file, lineOffset + 1, "front matter", "must be a list of 'field: value' lines"));
			return null;
		}
		return new YamlFields(file, "", lineOffset, mapping, errors);
	}

	/**
	 * SnakeYAML's "mapping values are not allowed here" almost always means a value with
	 * a colon in it, such as {@code title: Cramps: what helps}; the fix is quotes.
	 */
	private static String colonHint(MarkedYAMLException ex, String yaml) {
		String[] lines = yaml.split("\n", -1);
		int index = ex.getProblemMark().getLine();
		if (ex.getProblem() == null || !ex.getProblem().contains("mapping values are not allowed")
				|| index >= lines.length) {
			return null;
		}
		Matcher field = FIELD_LINE.matcher(lines[index]);
		if (!field.matches()) {
			return "a value that contains ': ' must be in quotes";
		}
		String value = field.group(3).strip();
		String quoted = value.contains("\"") ? "'" + value.replace("'", "''") + "'" : "\"" + value + "\"";
		return "a value that contains ': ' must be in quotes: write " + field.group(2) + ": " + quoted;
	}

	/**
	 * Tags only what {@link YamlFields} reads: an empty plain value is null (a field left
	 * blank), every other value a string, since fields parse their own dates and lists.
	 * SnakeYAML's default resolver tries its boolean, number, timestamp and empty
	 * patterns on every value, a seventh of parsing front matter at 10,000 articles.
	 */
	private static final class FieldResolver extends Resolver {

		@Override
		protected void addImplicitResolvers() {
		}

		@Override
		public Tag resolve(NodeId kind, String value, boolean implicit) {
			if (kind == NodeId.scalar && implicit && value.isEmpty()) {
				return Tag.NULL;
			}
			return super.resolve(kind, value, implicit);
		}

	}

}
