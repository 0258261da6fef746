package org.crampguide.pages;

import java.util.Map;
import java.util.function.Supplier;

import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;

/**
 * Thymeleaf's link builder with two changes. Context-relative links ({@code @{/causes}})
 * work when a page is rendered without a request, as the page store renders them; the
 * site always runs at the root. And {@code @{/css/site.css}} names the fingerprinted
 * asset, so a changed stylesheet gets a new URL.
 */
class AssetLinkBuilder extends StandardLinkBuilder {

	private final Supplier<StaticAssets> assets;

	AssetLinkBuilder(Supplier<StaticAssets> assets) {
		this.assets = assets;
	}

	@Override
	protected String computeContextPath(IExpressionContext context, String base, Map<String, Object> parameters) {
		return (context instanceof IWebContext) ? super.computeContextPath(context, base, parameters) : "";
	}

	@Override
	protected String processLink(IExpressionContext context, String link) {
		String processed = (context instanceof IWebContext) ? super.processLink(context, link) : link;
		return this.assets.get().url(processed);
	}

}
