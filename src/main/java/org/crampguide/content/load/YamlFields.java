package org.crampguide.content.load;

import org.crampguide.content.ContentError;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

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

	YamlFields(String file, String prefix, int lineOffset, MappingNode mapping, List<ContentError> errors) {
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
	 * Records an error for every field not in {@code allowed}, so a typo never passes
	 * silently.
	 */
	void allowOnly(Set<String> allowed) {
		this.entries.forEach((key, tuple) -> {
			if (!allowed.contains(key)) {
				record(lineOf(tuple.getKeyNode(), this.lineOffset), qualified(key),
						"is not a known field (allowed: " + String.join(", ", new TreeSet<>(allowed)) + ")",
						NearestName.didYouMean(key, allowed));
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

	List<String> stringList(String name, boolean required) {
		return YamlLists.strings(this, name, required);
	}

	List<YamlFields> mappingList(String name, boolean required) {
		return YamlLists.mappings(this, name, required);
	}

	/**
	 * A nested mapping named {@code field}, read with this file's line numbers and
	 * errors.
	 */
	YamlFields nested(String field, MappingNode mapping) {
		return new YamlFields(this.file, field + ".", this.lineOffset, mapping, this.errors);
	}

	/** Records an error on a field, at the field's line. */
	void fieldError(String name, String message) {
		fieldError(name, message, null);
	}

	/** Records an error on a field with a hint on how to fix it ({@code null}: none). */
	void fieldError(String name, String message, String hint) {
		record(line(name), qualified(name), message, hint);
	}

	Node value(String name, boolean required) {
		NodeTuple tuple = this.entries.get(name);
		if (tuple == null) {
			if (required) {
				record(this.line, qualified(name), "is required", null);
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

	String qualified(String name) {
		return this.prefix + name;
	}

	void error(Node node, String field, String message) {
		record(lineOf(node, this.lineOffset), field, message, null);
	}

	private void record(int line, String field, String message, String hint) {
		this.errors.add(ListEntryNames.error(this.file, line, field, message, hint));
	}

	private static int lineOf(Node node, int lineOffset) {
		return lineOffset + node.getStartMark().getLine() + 1;
	}

}
