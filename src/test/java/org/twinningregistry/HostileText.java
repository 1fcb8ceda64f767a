package org.twinningregistry;

/**
 * Script, markup and template expressions as someone might type them into any free-text
 * field. A page shows them safely when they come out as the same text and nothing of them
 * runs or becomes an element: {@code window.__xss} stays undefined and no element carries
 * {@code data-xss}.
 */
public final class HostileText {

	/** An inline script. */
	public static final String SCRIPT = "<script>window.__xss=1</script>";

	/** An event handler on an element that fails to load. */
	public static final String IMAGE = "<img src=x onerror=\"window.__xss=1\">";

	/** Breaks out of a quoted attribute value. */
	public static final String ATTRIBUTE = "\"><svg onload=\"window.__xss=1\">";

	/** Breaks out of a text area. */
	public static final String TEXTAREA = "</textarea><b data-xss=\"1\">bold</b>";

	/** A harmless element: found in the page, it proves markup got through. */
	public static final String MARKER = "<i data-xss=\"1\">";

	/** Expressions of template engines, which must not be evaluated. */
	public static final String TEMPLATES = "{{7*7}}[[${7*7}]][(${7*7})]";

	/** A script address for fields that may be shown as links. */
	public static final String SCRIPT_URL = "javascript:window.__xss=1";

	/** All of the above but the script address: 177 characters. */
	public static final String PAYLOAD = SCRIPT + IMAGE + ATTRIBUTE + TEXTAREA + MARKER + TEMPLATES;

	private HostileText() {
	}

	/**
	 * The payload behind a short label naming the field, so that each field's text can be
	 * found on a page: {@code in("Xq-name")} fits a government's name (200 characters).
	 */
	public static String in(String label) {
		return label + " " + PAYLOAD;
	}

	/** A value quoted for CSV, whatever it holds. */
	public static String csv(String value) {
		return "\"" + value.replace("\"", "\"\"") + "\"";
	}

}
