package org.twinningregistry.ui;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.web.util.HtmlUtils;

/**
 * The options of a long select written at once, for {@code fragments/filters}:
 * {@code th:utext="${#selectOptions.of(options, chosen)}"} (an expression object of
 * {@link SelectOptionsDialect}). The country pickers hold 249 options each, which
 * Thymeleaf processed one by one (an iteration and three expressions per option: 12 to
 * 19% of the agreements page). Values and names are escaped as {@code th:value} and
 * {@code th:text} escape them.
 */
public class SelectOptions {

	/**
	 * One {@code <option>} per entry, in the map's order, value to text; the one whose
	 * value is the chosen one (compared as text) selected.
	 */
	public String of(Map<?, ?> options, @Nullable Object chosen) {
		String selected = (chosen != null) ? chosen.toString() : null;
		StringBuilder html = new StringBuilder(options.size() * 48);
		options.forEach((value, text) -> {
			String key = String.valueOf(value);
			html.append("<option value=\"").append(escape(key)).append('"');
			if (key.equals(selected)) {
				html.append(" selected=\"selected\"");
			}
			html.append('>').append(escape(String.valueOf(text))).append("</option>\n");
		});
		return html.toString();
	}

	private static String escape(String text) {
		// with UTF-8, only the characters HTML gives a meaning to: & < > " '
		return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
	}

}
