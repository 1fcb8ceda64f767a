package org.twinningregistry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.openqa.selenium.JavascriptExecutor;

import org.springframework.core.io.ClassPathResource;

/**
 * Runs axe-core (the npm package's script, {@code axe.min.js} of Deque's
 * {@code com.deque.html.axe-core:selenium} on the test class path) in the page a browser
 * shows, and answers its violations.
 */
public final class Axe {

	private static final String SCRIPT = "axe.min.js";

	private static final String RUN = """
			const done = arguments[arguments.length - 1];
			axe.run(document.querySelector(arguments[0]), { runOnly: { type: 'rule', values: arguments[1].split(',') } })
			  .then(r => done(JSON.stringify(r.violations.map(v => v.id + ': ' + v.nodes.map(n => n.target).join(' ')))))
			  .catch(e => done('error: ' + e));""";

	private Axe() {
	}

	/**
	 * The violations of the rules (comma-separated ids) in the element the selector
	 * names, as a JSON list of "rule: targets"; {@code []} when none.
	 */
	public static Object run(JavascriptExecutor browser, String selector, String rules) {
		browser.executeScript(script());
		return browser.executeAsyncScript(RUN, selector, rules);
	}

	private static String script() {
		try {
			return new ClassPathResource(SCRIPT).getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
