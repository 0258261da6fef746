package org.crampguide.content.load;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The list fields of a {@link YamlFields} mapping: lists of words and lists of nested
 * mappings, each entry checked with its own line.
 */
final class YamlLists {

	private YamlLists() {
	}

	static List<String> strings(YamlFields yaml, String name, boolean required) {
		return sequence(yaml, name, required, "must be a list, e.g. [first, second]", (item, itemName) -> {
			if (item instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
				return scalar.getValue().strip();
			}
			yaml.error(item, yaml.qualified(name), "every entry must be a word or a short text");
			return null;
		});
	}

	static List<YamlFields> mappings(YamlFields yaml, String name, boolean required) {
		return sequence(yaml, name, required, "must be a list of entries, each starting with '- '",
				(item, itemName) -> {
					if (item instanceof MappingNode mapping) {
						return yaml.nested(itemName, mapping);
					}
					yaml.error(item, itemName, "must be a group of 'field: value' lines");
					return null;
				});
	}

	/**
	 * The entries of a list field, each read by {@code reader} (which records its own
	 * errors and answers {@code null} for a bad entry).
	 */
	private static <T> List<T> sequence(YamlFields yaml, String name, boolean required, String notAList,
			BiFunction<Node, String, T> reader) {
		Node node = yaml.value(name, required);
		if (node == null) {
			return List.of();
		}
		if (!(node instanceof SequenceNode sequence)) {
			yaml.error(node, yaml.qualified(name), notAList);
			return List.of();
		}
		List<T> values = new ArrayList<>();
		List<Node> nodes = sequence.getValue();
		for (int i = 0; i < nodes.size(); i++) {
			T value = reader.apply(nodes.get(i), yaml.qualified(name) + "[" + (i + 1) + "]");
			if (value != null) {
				values.add(value);
			}
		}
		return values;
	}

}
