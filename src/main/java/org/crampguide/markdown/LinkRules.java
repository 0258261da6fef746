package org.crampguide.markdown;

import java.util.LinkedHashSet;
import java.util.Set;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import org.crampguide.markdown.figure.FigureNode;

/**
 * Applies {@link LinkPolicy} to a parsed body: a refused link is reported and shown as
 * its text, and the site paths it links to and the images its figures show are collected
 * for the cross-reference checks. One instance per body.
 */
final class LinkRules {

	private final MarkdownProblems problems;

	private final Set<String> internalLinks = new LinkedHashSet<>();

	private final Set<String> imagePaths = new LinkedHashSet<>();

	private final NodeVisitor visitor = new NodeVisitor(new VisitHandler<>(Link.class, this::visit),
			new VisitHandler<>(AutoLink.class, this::visit), new VisitHandler<>(LinkRef.class, this::visit),
			new VisitHandler<>(FigureNode.class, this::visit));

	private final Document document;

	LinkRules(Document document) {
		this.document = document;
		this.problems = MarkdownProblems.of(document);
		this.visitor.visit(document);
	}

	Set<String> internalLinks() {
		return Set.copyOf(this.internalLinks);
	}

	Set<String> imagePaths() {
		return Set.copyOf(this.imagePaths);
	}

	private void visit(Link link) {
		check(link, link.getUrl().toString());
	}

	private void visit(AutoLink link) {
		check(link, link.getUrl().toString());
	}

	/**
	 * A reference-style link, {@code [text][ref]}: its URL is the reference definition's,
	 * and it goes through the same rule as an inline link.
	 */
	private void visit(LinkRef link) {
		Reference reference = link.getReferenceNode(this.document);
		if (reference == null) {
			this.visitor.visitChildren(link);
			return;
		}
		check(link, reference.getUrl().toString());
	}

	private void visit(FigureNode figure) {
		this.imagePaths.add(figure.figure().src().substring(1));
	}

	private void check(Node link, String url) {
		if (!LinkPolicy.isAllowed(url)) {
			this.problems.add(link, "link",
					"'" + url + "' is not allowed: use https, http, mailto or a site path such as /causes/heat-cramps");
			link.insertBefore(new Text(link.getChildChars()));
			link.unlink();
			return;
		}
		if (LinkPolicy.isSitePath(url)) {
			int hash = url.indexOf('#');
			this.internalLinks.add((hash >= 0) ? url.substring(0, hash) : url);
		}
		this.visitor.visitChildren(link);
	}

}
