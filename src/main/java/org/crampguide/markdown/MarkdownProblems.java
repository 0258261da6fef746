package org.crampguide.markdown;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;

/**
 * The problems found in one body. It lives in that body's {@link Document} (created on
 * first use), so each render call collects its own problems while the extensions and the
 * renderer stay shared between threads.
 */
public final class MarkdownProblems {

	private static final DataKey<MarkdownProblems> KEY = new DataKey<>("CRAMP_GUIDE_PROBLEMS", MarkdownProblems::new);

	private final List<MarkdownProblem> problems = new ArrayList<>();

	private MarkdownProblems() {
	}

	/** The problems of {@code document}. */
	public static MarkdownProblems of(Document document) {
		return KEY.get(document);
	}

	/** Records a problem at the line where {@code node} starts. */
	public void add(Node node, String element, String message) {
		this.problems.add(new MarkdownProblem(node.getStartLineNumber(), element, message));
	}

	/**
	 * Every problem, in the order of the lines they are on. Each feature reports while it
	 * walks the body, so this puts them back in reading order.
	 */
	List<MarkdownProblem> inLineOrder() {
		return this.problems.stream().sorted(Comparator.comparingInt(MarkdownProblem::line)).toList();
	}

}
