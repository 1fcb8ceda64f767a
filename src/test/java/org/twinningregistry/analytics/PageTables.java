package org.twinningregistry.analytics;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/**
 * Reads the tables of a rendered page as the visitor sees them: each body row as its
 * cells' visible text joined by {@code " | "}, hidden helper text left out.
 */
final class PageTables {

	private static final Pattern ROW = Pattern.compile("(?s)<tr\\b[^>]*>(.*?)</tr>");

	private static final Pattern CELL = Pattern.compile("(?s)<t[hd]\\b[^>]*>(.*?)</t[hd]>");

	private PageTables() {
	}

	/** The body rows of the table with this id. */
	static List<String> rows(String html, String id) {
		return rows(html, id, CELL, 1);
	}

	/** The body rows of the table, each as the values of one attribute of its cells. */
	static List<String> attributes(String html, String id, String attribute) {
		return rows(html, id, Pattern.compile(attribute + "=\"([^\"]*)\""), 1);
	}

	/** The caption and header cells of the table with this id. */
	static String head(String html, String id) {
		String table = table(html, id);
		return text(table.substring(0, table.indexOf("<tbody>")));
	}

	private static List<String> rows(String html, String id, Pattern cell, int group) {
		String table = table(html, id);
		String body = table.substring(table.indexOf("<tbody>"));
		List<String> rows = new ArrayList<>();
		Matcher row = ROW.matcher(body);
		while (row.find()) {
			List<String> cells = new ArrayList<>();
			Matcher c = cell.matcher(row.group(1));
			while (c.find()) {
				cells.add(text(c.group(group)));
			}
			rows.add(String.join(" | ", cells));
		}
		return rows;
	}

	private static String table(String html, String id) {
		int start = html.indexOf("<table id=\"" + id + "\"");
		if (start < 0) {
			start = html.indexOf("id=\"" + id + "\"");
		}
		if (start < 0) {
			throw new AssertionError("no table " + id);
		}
		return html.substring(start, html.indexOf("</table>", start));
	}

	private static String text(String html) {
		String visible = html.replaceAll("(?s)<span class=\"visually-hidden\"[^>]*>.*?</span>", "")
			.replaceAll("<[^>]+>", " ");
		return HtmlUtils.htmlUnescape(visible).replaceAll("\\s+", " ").strip();
	}

}
