package org.crampguide.markdown;

import java.util.Set;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.tables.internal.TableParagraphPreProcessor;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * Flexmark's tables, with one table pre-processor per parser instead of one per document:
 * each compiles a pattern from the parser's table options, which was a thirtieth of
 * loading 10,000 articles. The pre-processor keeps no state beyond those options, so
 * every document of a parser (on any thread) can share it. Rendering is Flexmark's own.
 */
final class SharedTablesExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

	private final TablesExtension tables = (TablesExtension) TablesExtension.create();

	@Override
	public void parserOptions(MutableDataHolder options) {
		this.tables.parserOptions(options);
	}

	@Override
	public void extend(Parser.Builder builder) {
		builder.paragraphPreProcessorFactory(new OnePerParser(TableParagraphPreProcessor.Factory()));
	}

	@Override
	public void rendererOptions(MutableDataHolder options) {
		this.tables.rendererOptions(options);
	}

	@Override
	public void extend(HtmlRenderer.Builder builder, String rendererType) {
		this.tables.extend(builder, rendererType);
	}

	/** Flexmark's factory, asked once: the first document's options are the parser's. */
	private static final class OnePerParser implements ParagraphPreProcessorFactory {

		private final ParagraphPreProcessorFactory factory;

		private volatile ParagraphPreProcessor shared;

		OnePerParser(ParagraphPreProcessorFactory factory) {
			this.factory = factory;
		}

		@Override
		public ParagraphPreProcessor apply(ParserState state) {
			ParagraphPreProcessor processor = this.shared;
			if (processor == null) {
				processor = this.factory.apply(state);
				this.shared = processor;
			}
			return processor;
		}

		@Override
		public Set<Class<?>> getAfterDependents() {
			return this.factory.getAfterDependents();
		}

		@Override
		public Set<Class<?>> getBeforeDependents() {
			return this.factory.getBeforeDependents();
		}

		@Override
		public boolean affectsGlobalScope() {
			return this.factory.affectsGlobalScope();
		}

	}

}
