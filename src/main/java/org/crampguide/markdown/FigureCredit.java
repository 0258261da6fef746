package org.crampguide.markdown;

/**
 * The credit line under a figure: "Credit · License", linked to the original work when
 * there is one. Shared by body figures and the lead figure, so both always read the same.
 */
public final class FigureCredit {

	private FigureCredit() {
	}

	/** Safe HTML for the credit of {@code figure}. */
	static String html(Figure figure) {
		StringBuilder credit = new StringBuilder("<span class=\"figure__credit\">");
		String text = HtmlText.escape(figure.credit());
		if (figure.source() != null) {
			credit.append("<a href=\"")
				.append(HtmlText.escape(figure.source()))
				.append("\">")
				.append(text)
				.append("</a>");
		}
		else {
			credit.append(text);
		}
		if (figure.license() != null) {
			credit.append(" · ").append(HtmlText.escape(figure.license()));
		}
		return credit.append("</span>").toString();
	}

}
