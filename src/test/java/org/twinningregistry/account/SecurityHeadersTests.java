package org.twinningregistry.account;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The security headers and the session cookie as a browser receives them from the running
 * server over plain HTTP.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SecurityHeadersTests {

	private static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "frame-ancestors 'none'; form-action 'self'";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void pageCarriesTheContentSecurityPolicyAndTheUsualHeaders() throws Exception {
		// when
		HttpResponse<String> page = get("/statistics/map");

		// then
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(header(page, "Content-Security-Policy")).isEqualTo(PAGE_POLICY);
		assertThat(header(page, "X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(header(page, "X-Frame-Options")).isEqualTo("DENY");
		assertThat(header(page, "Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
		assertThat(header(page, "Permissions-Policy")).contains("camera=()", "geolocation=()", "microphone=()");
		assertThat(page.headers().firstValue("Strict-Transport-Security")).as("HSTS is sent over HTTPS only").isEmpty();
		assertThat(page.body()).doesNotContain("style=\"").doesNotContain("<style").doesNotContainPattern("<script>");
	}

	@Test
	void swaggerUiAloneMayUseInlineStyles() throws Exception {
		// when
		HttpResponse<String> page = get("/swagger-ui/index.html");

		// then
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(header(page, "Content-Security-Policy"))
			.isEqualTo(PAGE_POLICY.replace("style-src 'self';", "style-src 'self' 'unsafe-inline';"));
		assertThat(header(page, "X-Frame-Options")).isEqualTo("DENY");
	}

	@Test
	void apiAnswerIsNeitherRenderedNorFramed() throws Exception {
		// when
		HttpResponse<String> answer = get("/api/v1/governments");

		// then
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(header(answer, "Content-Security-Policy")).isEqualTo("default-src 'none'; frame-ancestors 'none'");
		assertThat(header(answer, "X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(header(answer, "X-Frame-Options")).isEqualTo("DENY");
		assertThat(header(answer, "Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
		assertThat(answer.headers().firstValue("Set-Cookie")).as("the API is stateless").isEmpty();
	}

	@Test
	void healthCheckIsReadWithoutSessionOrCookieAndNothingElseIsTakenThere() throws Exception {
		// when
		HttpResponse<String> health = get("/actuator/health");
		HttpResponse<String> posted = this.http.send(
				HttpRequest.newBuilder(uri("/actuator/health")).POST(HttpRequest.BodyPublishers.noBody()).build(),
				BodyHandlers.ofString());
		HttpResponse<String> hidden = get("/actuator/env");

		// then
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"UP\"");
		assertThat(health.headers().firstValue("Set-Cookie")).isEmpty();
		assertThat(header(health, "Content-Security-Policy")).isEqualTo("default-src 'none'; frame-ancestors 'none'");
		assertThat(header(health, "X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(header(health, "X-Frame-Options")).isEqualTo("DENY");
		assertThat(posted.statusCode()).isEqualTo(403);
		assertThat(hidden.statusCode()).isEqualTo(404);
	}

	@Test
	void sessionCookieIsHttpOnlyAndLaxAndSignInGivesANewSession() throws Exception {
		// given
		HttpResponse<String> form = get("/login");
		String cookie = header(form, "Set-Cookie");
		Matcher csrf = CSRF.matcher(form.body());
		assertThat(csrf.find()).isTrue();

		// when
		HttpResponse<String> signedIn = this.http.send(HttpRequest.newBuilder(uri("/login"))
			.header("Cookie", cookie.substring(0, cookie.indexOf(';')))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=curator&password=curator-test-password&_csrf="
					+ java.net.URLEncoder.encode(csrf.group(1), java.nio.charset.StandardCharsets.UTF_8)))
			.build(), BodyHandlers.ofString());

		// then
		assertThat(cookie).startsWith("SESSION=").contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(header(signedIn, "Location")).endsWith("/");
		String renewed = header(signedIn, "Set-Cookie");
		assertThat(renewed).as("session fixation protection: a new session id after sign-in")
			.startsWith("SESSION=")
			.isNotEqualTo(cookie)
			.contains("HttpOnly", "SameSite=Lax");
		assertThat(renewed.substring(0, renewed.indexOf(';'))).isNotEqualTo(cookie.substring(0, cookie.indexOf(';')));
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(uri(path)).GET().build(), BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static String header(HttpResponse<?> response, String name) {
		return response.headers().firstValue(name).orElseThrow(() -> new AssertionError("no " + name + " header"));
	}

}
