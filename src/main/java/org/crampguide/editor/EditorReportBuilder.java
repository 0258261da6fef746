package org.crampguide.editor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.crampguide.content.Article;
import org.crampguide.content.ContentSnapshot;
import org.crampguide.content.LoadResult;
import org.crampguide.content.ReadingGrade;
import org.crampguide.markdown.RenderedBody;

/**
 * Builds the {@link EditorReport} from one load: its errors and its snapshot. A pure
 * function of the load and today's date, so it is easy to test and needs no request.
 */
final class EditorReportBuilder {

	private EditorReportBuilder() {
	}

	static EditorReport build(LoadResult load, LocalDate today) {
		ContentSnapshot snapshot = load.snapshot();
		List<EditorReport.ErrorRow> errors = load.errors()
			.stream()
			.map((error) -> new EditorReport.ErrorRow(error, load.outcome(error).words()))
			.toList();
		List<RenderedBody> bodies = Stream
			.concat(snapshot.publishedArticles().stream().map(Article::body),
					snapshot.pages().values().stream().map((page) -> page.body()))
			.toList();
		Comparator<EditorReport.ArticleRow> dueFirst = Comparator.comparing(EditorReport.ArticleRow::nextReview)
			.thenComparing(EditorReport.ArticleRow::path);
		List<EditorReport.ArticleRow> articles = rows(snapshot.publishedArticles(), bodies, today).stream()
			.sorted(dueFirst)
			.toList();
		List<EditorReport.ArticleRow> drafts = rows(
				snapshot.allArticles().values().stream().filter(Article::draft).toList(), bodies, today)
			.stream()
			.sorted(Comparator.comparing(EditorReport.ArticleRow::path))
			.toList();
		List<EditorReport.TagRow> tags = snapshot.site()
			.tags()
			.stream()
			.map((tag) -> new EditorReport.TagRow(tag,
					snapshot.publishedArticles().stream().filter((article) -> article.tags().contains(tag)).count()))
			.toList();
		return new EditorReport(errors, articles, drafts, tags, paths(snapshot));
	}

	private static List<EditorReport.ArticleRow> rows(Collection<Article> articles, List<RenderedBody> bodies,
			LocalDate today) {
		return articles.stream().map((article) -> {
			ReadingGrade.Measure measure = ReadingGrade.measure(article.body().text());
			long linksIn = bodies.stream()
				.filter((body) -> body != article.body() && body.internalLinks().contains(article.path()))
				.count();
			return new EditorReport.ArticleRow(article.path(), article.title(), article.file(), measure.words(),
					measure.grade(), article.sources().size(), (int) linksIn, article.body().internalLinks().size(),
					article.reviewed(), article.nextReview(), article.nextReview().isBefore(today));
		}).toList();
	}

	private static List<String> paths(ContentSnapshot snapshot) {
		List<String> paths = new ArrayList<>();
		paths.add("/");
		snapshot.site().sections().forEach((section) -> paths.add(section.path()));
		snapshot.publishedArticles().forEach((article) -> paths.add(article.path()));
		snapshot.pages().values().stream().map((page) -> page.path()).sorted().forEach(paths::add);
		return paths;
	}

}
