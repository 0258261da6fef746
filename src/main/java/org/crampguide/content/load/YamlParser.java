package org.crampguide.content.load;

import java.io.StringReader;
import java.util.List;

import org.crampguide.content.ContentError;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Parses YAML text into SnakeYAML's node tree (safe constructor only) and names the line
 * of a syntax error.
 */
final class YamlParser {

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
			root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(yaml));
		}
		catch (MarkedYAMLException ex) {
			int line = lineOffset + ex.getProblemMark().getLine() + 1;
			errors.add(new ContentError(file, line, "front matter", "is not valid YAML: " + ex.getProblem()));
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

}
