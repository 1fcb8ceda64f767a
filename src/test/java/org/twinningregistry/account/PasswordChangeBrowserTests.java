package org.twinningregistry.account;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.twinningregistry.ApiTestSupport;
import org.twinningregistry.HeadlessChromium;
import org.twinningregistry.RegistryDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Chromium: an account an administrator created signs in with the password it was
 * given and is kept on the page that asks for its own until it chose one; then every page
 * is open to it, and the given password no longer signs in.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PasswordChangeBrowserTests {

	private static final String GIVEN = "given-by-the-administrator";

	private static final String CHOSEN = "lantern orchard seventeen";

	private static ChromeDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	@BeforeAll
	static void startBrowser() throws Exception {
		browser = HeadlessChromium.start();
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@BeforeEach
	void anAccountAnAdministratorCreated() {
		RegistryDatabase.clear(this.jdbc);
		ApiTestSupport.as(ApiTestSupport.CURATOR, Grant.everywhere(RegistryRole.ADMIN),
				() -> this.accounts.create("ana", GIVEN,
						List.of(Grant.everywhere(RegistryRole.CURATOR), Grant.everywhere(RegistryRole.ADMIN))));
		browser.manage().deleteAllCookies();
	}

	@Test
	void aGivenPasswordLeadsToThePasswordPageUntilReplaced() {
		// when: signed in with the given password, on the way to the accounts page
		open("/accounts");
		signIn(GIVEN);

		// then: the password page, and nothing else
		assertOnPasswordPage("after signing in");
		HeadlessChromium.screenshot(browser, "password-required");
		for (String elsewhere : new String[] { "/accounts", "/account", "/governments", "/", "/imports" }) {
			open(elsewhere);
			assertOnPasswordPage(elsewhere);
		}

		// when: the given password kept
		type("currentPassword", GIVEN);
		type("newPassword", GIVEN);
		submit("form.form");

		// then: said beside the field, still there
		assertOnPasswordPage("the given password kept");
		assertThat(browser.findElement(By.id("newPassword-error")).getText()).contains("differ");

		// when: a password of one's own, in French
		open("/account/password?lang=fr");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Choisissez votre mot de passe");
		type("currentPassword", GIVEN);
		type("newPassword", CHOSEN);
		submit("form.form");

		// then: on to the home page, told, and every page open
		assertThat(path()).isEqualTo("/");
		assertThat(browser.findElement(By.cssSelector(".flash-ok")).getText())
			.isEqualTo("Votre mot de passe a été changé.");
		open("/accounts?lang=en");
		assertThat(path()).isEqualTo("/accounts");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Accounts");
		open("/account/password");
		assertThat(path()).isEqualTo("/account");

		// and the given password no longer signs in, the chosen one does
		browser.manage().deleteAllCookies();
		open("/login");
		signIn(GIVEN);
		assertThat(path()).isEqualTo("/login");
		signIn(CHOSEN);
		open("/accounts");
		assertThat(path()).isEqualTo("/accounts");
	}

	@Test
	void signingOutIsTheOtherWayOut() {
		// given
		open("/login");
		signIn(GIVEN);
		assertOnPasswordPage("after signing in");

		// when
		submit("form.inline");

		// then: signed out; public pages open again, anonymously
		open("/governments");
		assertThat(path()).isEqualTo("/governments");
		assertThat(browser.findElements(By.cssSelector(".user"))).isEmpty();
	}

	private void signIn(String password) {
		type("username", "ana");
		type("password", password);
		submit("form.form");
	}

	private static void assertOnPasswordPage(String when) {
		assertThat(path()).as(when).isEqualTo("/account/password");
		assertThat(browser.findElement(By.tagName("h1")).getText()).as(when).isEqualTo("Choose your own password");
	}

	private void open(String path) {
		browser.get("http://localhost:" + this.port + path);
	}

	private static String path() {
		return java.net.URI.create(browser.getCurrentUrl()).getPath();
	}

	private static void type(String id, String text) {
		WebElement field = browser.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	/** Sends a form and waits for the page that answers. */
	private static void submit(String form) {
		WebElement button = browser.findElement(By.cssSelector(form + " button[type=submit]"));
		HeadlessChromium.submit(browser, button);
	}

}
