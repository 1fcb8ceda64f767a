package org.twinningregistry;

import java.io.IOException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.twinningregistry.RawHttp.Answer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every error on {@code /api/**} is an RFC 9457 problem, whoever raises it: a controller,
 * Spring MVC before any controller is chosen, the security filters, the firewall, or
 * Tomcat itself; pages keep their HTML error pages. Sent byte for byte to the running
 * server, as a hostile client would.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class ApiErrorIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	private JdbcClient jdbc;

	@BeforeEach
	void clear() {
		RegistryDatabase.clear(this.jdbc);
	}

	@ParameterizedTest
	@ValueSource(strings = { "%ZZ", "%C0%AF", "%ED%A0%80", "a%", "%E2%82" })
	void malformedPercentEncodingInAnApiQueryIsABadRequestLoggedWithoutAStackTrace(String value, CapturedOutput output)
			throws IOException {
		// when
		Answer answer = get("/api/v1/agreements?q=" + value).send();

		// then
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.isProblem()).as(answer.body()).isTrue();
		assertThat(answer.code()).isEqualTo("error.bad-encoding");
		assertThat(output.getOut() + output.getErr()).doesNotContain(" ERROR ")
			.doesNotContain("InvalidParameterException");
	}

	@Test
	void malformedPercentEncodingOnAPageShowsTheErrorPageWithoutAStackTrace(CapturedOutput output) throws IOException {
		// when
		Answer answer = get("/agreements?q=%ZZ").header("Accept", "text/html").send();

		// then
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.header("content-type")).startsWith("text/html");
		assertThat(answer.body()).contains("<html");
		assertThat(output.getOut() + output.getErr()).doesNotContain(" ERROR ")
			.doesNotContain("InvalidParameterException");
	}

	@Test
	void multipartWithoutABoundaryIsABadRequestProblem(CapturedOutput output) throws IOException {
		// when
		Answer answer = curator("POST", "/api/v1/imports").body("multipart/form-data", "no parts here").send();

		// then
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.isProblem()).as(answer.body()).isTrue();
		assertThat(answer.code()).isEqualTo("error.bad-multipart");
		assertThat(output.getOut() + output.getErr()).doesNotContain(" ERROR ");
	}

	@ParameterizedTest
	@ValueSource(strings = { "*/*", "application/json", "text/html", "application/xml" })
	void unknownApiPathIsANotFoundProblemWhateverTheClientAccepts(String accept) throws IOException {
		// when
		Answer answer = get("/api/v1/no-such-thing").header("Accept", accept).send();

		// then
		assertThat(answer.status()).isEqualTo(404);
		assertThat(answer.isProblem()).as(answer.body()).isTrue();
		assertThat(answer.code()).isEqualTo("error.http-404");
	}

	@Test
	void methodNoEndpointTakesIsAProblemNamingTheAllowedOnes() throws IOException {
		// when
		Answer answer = curator("PATCH", "/api/v1/agreements").body("application/json", "{}").send();

		// then
		assertThat(answer.status()).isEqualTo(405);
		assertThat(answer.isProblem()).as(answer.body()).isTrue();
		assertThat(answer.code()).isEqualTo("error.http-405");
		assertThat(answer.header("allow")).contains("GET", "POST");
	}

	@Test
	void mediaTypeNoEndpointTakesIsAProblem() throws IOException {
		// when
		Answer imports = curator("POST", "/api/v1/imports").body("text/plain", "governments").send();
		Answer agreements = curator("POST", "/api/v1/agreements").body("text/plain", "{}").send();

		// then
		for (Answer answer : new Answer[] { imports, agreements }) {
			assertThat(answer.status()).isEqualTo(415);
			assertThat(answer.isProblem()).as(answer.body()).isTrue();
			assertThat(answer.code()).isEqualTo("error.http-415");
		}
	}

	/**
	 * A client of the API that accepts only HTML gets its 406, and the problem details of
	 * any other error, as {@code application/problem+json} rather than an empty body.
	 */
	@Test
	void clientAcceptingOnlyHtmlStillGetsProblemDetails() throws IOException {
		// when
		Answer list = get("/api/v1/agreements").header("Accept", "text/html").send();
		Answer missing = get("/api/v1/agreements/nope").header("Accept", "text/html").send();
		Answer image = get("/api/v1/governments/nope").header("Accept", "image/png").send();

		// then
		assertThat(list.status()).isEqualTo(406);
		assertThat(list.isProblem()).as(list.body()).isTrue();
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.isProblem()).as(missing.body()).isTrue();
		assertThat(missing.code()).isEqualTo("error.not-found");
		assertThat(image.status()).isEqualTo(404);
		assertThat(image.isProblem()).as(image.body()).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/agree%00ments", "/api/v1/agre%5Cements", "/api/v1/agree%2Fments",
			"/api/v1/agreements;x=1", "/api/v1//agreements", "/api/v1/agreements/%2e%2e/governments" })
	void addressRefusedByTomcatOrTheFirewallIsABadRequestProblem(String path, CapturedOutput output)
			throws IOException {
		// when
		Answer answer = get(path).send();

		// then
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.isProblem()).as(answer.body()).isTrue();
		assertThat(answer.code()).isEqualTo("error.rejected-request");
		assertThat(output.getOut() + output.getErr()).doesNotContain(" ERROR ");
	}

	@Test
	void requestTooLargeForTomcatIsAProblem() throws IOException {
		// when
		Answer longQuery = get("/api/v1/agreements?q=" + "a".repeat(20_000)).send();
		Answer longHeader = get("/api/v1/agreements").header("X-Padding", "a".repeat(20_000)).send();

		// then
		for (Answer answer : new Answer[] { longQuery, longHeader }) {
			assertThat(answer.status()).isEqualTo(400);
			assertThat(answer.isProblem()).as(answer.body()).isTrue();
		}
	}

	@Test
	void securityFilterChainAnswersProblemDetails() throws IOException {
		// given
		this.jdbc
			.sql("INSERT INTO account (username, password_hash, enabled, version) "
					+ "VALUES ('a-reporter', '{noop}reporter-password', TRUE, 0)")
			.update();
		this.jdbc
			.sql("INSERT INTO account_role (account_id, role, scope) "
					+ "SELECT id, 'REPORTER', 'victoria' FROM account WHERE username = 'a-reporter'")
			.update();

		// when
		Answer anonymous = RawHttp.request(this.port, "POST", "/api/v1/accounts").body("application/json", "{}").send();
		Answer wrongPassword = RawHttp.request(this.port, "POST", "/api/v1/accounts")
			.basic("curator", "not-the-password")
			.body("application/json", "{}")
			.send();
		Answer forbidden = RawHttp.request(this.port, "POST", "/api/v1/accounts")
			.basic("a-reporter", "reporter-password")
			.body("application/json",
					"{\"username\":\"someone\",\"password\":\"a-long-enough-passphrase\",\"roles\":[]}")
			.send();

		// then
		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(anonymous.isProblem()).as(anonymous.body()).isTrue();
		assertThat(wrongPassword.status()).isEqualTo(401);
		assertThat(wrongPassword.isProblem()).as(wrongPassword.body()).isTrue();
		assertThat(forbidden.status()).isEqualTo(403);
		assertThat(forbidden.isProblem()).as(forbidden.body()).isTrue();
	}

	@Test
	void pagesKeepTheirHtmlErrorPages() throws IOException {
		// when
		Answer missing = get("/no-such-page").header("Accept", "text/html").send();
		Answer refused = get("/agreements;x=1").header("Accept", "text/html").send();

		// then
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.header("content-type")).startsWith("text/html");
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.header("content-type")).startsWith("text/html");
	}

	private RawHttp get(String target) {
		return RawHttp.request(this.port, "GET", target);
	}

	private RawHttp curator(String method, String target) {
		return RawHttp.request(this.port, method, target)
			.basic(ApiTestSupport.CURATOR, ApiTestSupport.CURATOR_PASSWORD);
	}

}
