package org.twinningregistry;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Debian Chromium and its driver, headless, with a fresh profile. Without them a
 * browser test fails, never skips (like the PostgreSQL half of the suite): a green run
 * that skipped the browser would prove nothing. {@code scripts/test-services.sh} installs
 * them.
 */
public final class HeadlessChromium {

	static final File BROWSER = new File("/usr/bin/chromium");

	static final File DRIVER = new File("/usr/bin/chromedriver");

	private HeadlessChromium() {
	}

	public static ChromeDriver start() throws IOException {
		if (!BROWSER.canExecute() || !DRIVER.canExecute()) {
			throw new IllegalStateException(
					"Chromium or chromedriver is missing: scripts/test-services.sh installs them");
		}
		Path profile = Files.createTempDirectory("registry-chromium-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(BROWSER);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--window-size=1400,2200", "--user-data-dir=" + profile);
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER)
			.usingAnyFreePort()
			.build();
		return new ChromeDriver(service, options);
	}

	/**
	 * What the browser's console reported about the Content-Security-Policy (a refused
	 * script, style or image); empty when the pages live within it.
	 */
	public static List<String> contentSecurityViolations(ChromeDriver browser) {
		return browser.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.map(LogEntry::getMessage)
			.filter(message -> message.contains("Content Security Policy"))
			.toList();
	}

	/**
	 * Clicks a form's submit button and waits for the page that answers: until the button
	 * is gone (while the next page loads Chromium may answer for the old node with a
	 * stale reference or with an inspector error; either means the old page is going) and
	 * the new document has loaded.
	 */
	public static void submit(ChromeDriver browser, WebElement button) {
		button.click();
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> {
			try {
				button.isEnabled();
				return false;
			}
			catch (WebDriverException ex) {
				return true;
			}
		});
		new WebDriverWait(browser, Duration.ofSeconds(20))
			.until(driver -> "complete".equals(browser.executeScript("return document.readyState")));
	}

	/** Saves what the browser shows to {@code target/screenshots/<name>.png}. */
	public static Path screenshot(ChromeDriver browser, String name) {
		try {
			Path target = Path.of("target", "screenshots", name + ".png");
			Files.createDirectories(target.getParent());
			Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
