package org.twinningregistry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.twinningregistry.account.SystemCurator;
import org.twinningregistry.importexport.upload.DataPackageFiles;
import org.twinningregistry.importexport.DataPackageImporter;
import org.twinningregistry.importexport.ImportOptions;
import org.twinningregistry.importexport.report.ImportReport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the page tests in a real headless Chromium share: one browser per test class
 * against the running registry (the whole application on a random port, one context for
 * every such class), opening pages, filling and sending forms, signing in, and the demo
 * data package (real names in English, French and Korean) as a fixture.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
public abstract class BrowserTestSupport {

	/** The width of a laptop screen, and of a phone held upright. */
	protected static final int WIDE = 1366;

	protected static final int NARROW = 390;

	protected static ChromeDriver browser;

	@LocalServerPort
	protected int port;

	@Value("${registry.bootstrap.username}")
	protected String username;

	@Value("${registry.bootstrap.password}")
	protected String password;

	@BeforeAll
	static void startBrowser() throws IOException {
		browser = HeadlessChromium.start();
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	/** Imports the demo data package, as the demo loader does on an empty registry. */
	protected static void loadDemoData(DataPackageImporter importer) {
		ImportReport report = SystemCurator.call(() -> importer.importPackage(demoFiles(), ImportOptions.of(false)));
		assertThat(report.rejected()).as("the demo data package imports: %s", report.errors()).isFalse();
	}

	private static DataPackageFiles demoFiles() {
		Map<String, byte[]> files = new LinkedHashMap<>();
		for (String name : List.of("governments.csv", "agreements.csv", "engagements.csv")) {
			try (InputStream in = new ClassPathResource("demo/" + name).getInputStream()) {
				files.put(name, in.readAllBytes());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return DataPackageFiles.of(files);
	}

	/** Sets the width of the window (its height stays that of a tall screen). */
	protected static void width(int width) {
		browser.manage().window().setSize(new Dimension(width, 900));
	}

	protected void open(String path) {
		browser.get("http://localhost:" + this.port + path);
	}

	protected void signIn() {
		browser.manage().deleteAllCookies();
		open("/login");
		type("username", this.username);
		type("password", this.password);
		submit("form.form");
		assertThat(browser.findElements(By.cssSelector(".user"))).as("signed in").isNotEmpty();
	}

	protected static void type(String id, String text) {
		WebElement field = browser.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	protected static void choose(String id, String value) {
		new Select(browser.findElement(By.id(id))).selectByValue(value);
	}

	/** Sends a form and waits for the page that answers. */
	protected static void submit(String form) {
		WebElement button = browser.findElement(By.cssSelector(form + " button[type=submit]"));
		HeadlessChromium.submit(browser, button);
	}

	/**
	 * The error shown next to each field of the form, by field (the field's id), in the
	 * page's order.
	 */
	protected static Map<String, String> fieldErrors() {
		Map<String, String> errors = new LinkedHashMap<>();
		for (WebElement error : browser.findElements(By.cssSelector(".field .field-error"))) {
			WebElement field = error.findElement(By.xpath("./ancestor::div[contains(@class,'field')][1]"));
			WebElement input = field.findElement(By.cssSelector("input, select, textarea"));
			errors.put(input.getDomAttribute("id"), error.getText());
		}
		return errors;
	}

	/** The text of the first element the selector finds. */
	protected static String text(String selector) {
		return browser.findElement(By.cssSelector(selector)).getText();
	}

	protected static List<String> texts(String selector) {
		return browser.findElements(By.cssSelector(selector)).stream().map(WebElement::getText).toList();
	}

}
