package org.crampguide.content.load;

import org.crampguide.content.ContentError;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Typed, line-aware reading of one YAML mapping. Works on SnakeYAML's node tree rather
 * than on plain maps so that every error can name the line of the field, and collects
 * errors instead of throwing so that a writer sees all of them at once.
 */
final class YamlFields {

	private final String file;

	private final String prefix;

	private final int lineOffset;

	private final int line;

	private final Map<String, NodeTuple> entries;

	private final List<ContentError> errors;

	private YamlFields(String file, String prefix, int lineOffset, MappingNode mapping, List<ContentError> errors) {
		this.file = file;
		this.prefix = prefix;
		this.lineOffset = lineOffset;
		this.line = lineOf(mapping, lineOffset);
		this.errors = errors;
		this.entries = new LinkedHashMap<>();
		for (NodeTuple tuple : mapping.getValue()) {
			String key = (tuple.getKeyNode() instanceof ScalarNode scalar) ? scalar.getValue() : null;
			if (key == null) {
				error(tuple.getKeyNode(), "(key)", "keys must be plain words");
			}
			else if (this.entries.putIfAbsent(key, tuple) != null) {
				error(tuple.getKeyNode(), qualified(key), "is written twice");
			}
		}
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

	/**
	 * Records an error for every field not in {@code allowed}, so a typo never passes
	 * silently.
	 */
	void allowOnly(Set<String> allowed) {
		this.entries.forEach((key, tuple) -> {
			if (!allowed.contains(key)) {
				error(tuple.getKeyNode(), qualified(key),
						"is not a known field (allowed: " + String.join(", ", new java.util.TreeSet<>(allowed)) + ")");
			}
		});
	}

	/** The keys, in the order written. */
	Set<String> keys() {
		return this.entries.keySet();
	}

	boolean has(String name) {
		return this.entries.containsKey(name);
	}

	/** The file line of a field, or of this mapping when the field is absent. */
	int line(String name) {
		NodeTuple tuple = this.entries.get(name);
		return (tuple != null) ? lineOf(tuple.getKeyNode(), this.lineOffset) : this.line;
	}

	String string(String name, boolean required) {
		Node node = value(name, required);
		if (node == null) {
			return null;
		}
		if (!(node instanceof ScalarNode scalar)) {
			error(node, qualified(name), "must be a single line of text");
			return null;
		}
		String value = scalar.getValue().strip();
		if (value.isEmpty() && required) {
			error(node, qualified(name), "must not be empty");
			return null;
		}
		return value.isEmpty() ? null : value;
	}

	LocalDate date(String name, boolean required) {
		String value = string(name, required);
		if (value == null) {
			return null;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			fieldError(name, "must be an ISO date such as 2026-11-20, not '" + value + "'");
			return null;
		}
	}

	boolean bool(String name) {
		String value = string(name, false);
		if (value == null) {
			return false;
		}
		if (!value.equals("true") && !value.equals("false")) {
			fieldError(name, "must be true or false, not '" + value + "'");
		}
		return value.equals("true");
	}

	List<String> stringList(String name, boolean required) {
		Node node = value(name, required);
		if (node == null) {
			return List.of();
		}
		if (!(node instanceof SequenceNode sequence)) {
			error(node, qualified(name), "must be a list, e.g. [first, second]");
			return List.of();
		}
		List<String> values = new ArrayList<>();
		for (Node item : sequence.getValue()) {
			if (item instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
				values.add(scalar.getValue().strip());
			}
			else {
				error(item, qualified(name), "every entry must be a word or a short text");
			}
		}
		return values;
	}

	YamlFields mapping(String name, boolean required) {
		Node node = value(name, required);
		if (node == null) {
			return null;
		}
		if (!(node instanceof MappingNode mapping)) {
			error(node, qualified(name), "must be a group of 'field: value' lines");
			return null;
		}
		return new YamlFields(this.file, qualified(name) + ".", this.lineOffset, mapping, this.errors);
	}

	List<YamlFields> mappingList(String name, boolean required) {
		Node node = value(name, required);
		if (node == null) {
			return List.of();
		}
		if (!(node instanceof SequenceNode sequence)) {
			error(node, qualified(name), "must be a list of entries, each starting with '- '");
			return List.of();
		}
		List<YamlFields> items = new ArrayList<>();
		List<Node> nodes = sequence.getValue();
		for (int i = 0; i < nodes.size(); i++) {
			String itemName = qualified(name) + "[" + (i + 1) + "]";
			if (nodes.get(i) instanceof MappingNode mapping) {
				items.add(new YamlFields(this.file, itemName + ".", this.lineOffset, mapping, this.errors));
			}
			else {
				error(nodes.get(i), itemName, "must be a group of 'field: value' lines");
			}
		}
		return items;
	}

	/** Records an error on a field, at the field's line. */
	void fieldError(String name, String message) {
		this.errors.add(new ContentError(this.file, line(name), qualified(name), message));
	}

	private Node value(String name, boolean required) {
		NodeTuple tuple = this.entries.get(name);
		if (tuple == null) {
			if (required) {
				this.errors.add(new ContentError(this.file, this.line, qualified(name), "is required"));
			}
			return null;
		}
		Node node = tuple.getValueNode();
		if (node instanceof ScalarNode scalar && scalar.getValue().isEmpty()
				&& scalar.getTag().getValue().endsWith(":null")) {
			if (required) {
				error(tuple.getKeyNode(), qualified(name), "must have a value");
			}
			return null;
		}
		return node;
	}

	private String qualified(String name) {
		return this.prefix + name;
	}

	private void error(Node node, String field, String message) {
		this.errors.add(new ContentError(this.file, lineOf(node, this.lineOffset), field, message));
	}

	private static int lineOf(Node node, int lineOffset) {
		return lineOffset + node.getStartMark().getLine() + 1;
	}

}
