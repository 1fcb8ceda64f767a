package org.twinningregistry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.twinningregistry.RawHttp.Answer;
import org.twinningregistry.importexport.DataPackageFixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code Host} header is the client's to choose: no answer may carry it back (an
 * import job's {@code Location} and {@code url}, a data package's descriptor, the OpenAPI
 * servers, the sign-in redirects). Without {@code registry.public-base-url} the
 * registry's own addresses are relative.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class HostHeaderIntegrationTests {

	private static final String EVIL = "evil.example";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	private JdbcClient jdbc;

	@BeforeEach
	void clear() {
		RegistryDatabase.clear(this.jdbc);
	}

	@Test
	void importJobsAddressIsRelativeAndNeverTheRequestsHost() throws Exception {
		// when
		Answer submitted = RawHttp.request(this.port, "POST", "/api/v1/imports?async=true")
			.header("Host", EVIL)
			.basic(ApiTestSupport.CURATOR, ApiTestSupport.CURATOR_PASSWORD)
			.body("application/zip", DataPackageFixtures.zip(DataPackageFixtures.goodPackage()))
			.send();
		String location = submitted.header("location");
		Answer job = awaitEnd(location);

		// then
		assertThat(submitted.status()).isEqualTo(202);
		assertThat(location).startsWith("/api/v1/imports/jobs/");
		assertThat(submitted.json().path("url").asString()).isEqualTo(location);
		assertThat(submitted.headerLines() + submitted.body()).doesNotContain(EVIL);
		assertThat(job.json().path("url").asString()).isEqualTo(location);
		assertThat(job.headerLines() + job.body()).doesNotContain(EVIL);
	}

	@Test
	void dataPackageNamesNoAddressTakenFromTheRequest() throws IOException {
		// when
		Answer export = RawHttp.request(this.port, "GET", "/api/v1/exports/data-package.zip")
			.header("Host", EVIL)
			.send();

		// then
		assertThat(export.status()).isEqualTo(200);
		assertThat(export.headerLines()).doesNotContain(EVIL);
		String descriptor = entry(export, "datapackage.json");
		assertThat(descriptor).contains("\"registry\"").doesNotContain(EVIL);
	}

	@Test
	void openApiDescriptionNamesNoServerTakenFromTheRequest() throws IOException {
		// when
		Answer description = RawHttp.request(this.port, "GET", "/v3/api-docs").header("Host", EVIL).send();

		// then
		assertThat(description.status()).isEqualTo(200);
		assertThat(description.headerLines() + description.body()).doesNotContain(EVIL);
	}

	@Test
	void signInRedirectsAreRelative() throws IOException {
		// given a page that needs a signed-in user, asked for with a forged Host
		Answer protectedPage = RawHttp.request(this.port, "GET", "/agreements/new").header("Host", EVIL).send();
		String cookie = session(protectedPage);
		Answer form = RawHttp.request(this.port, "GET", "/login").header("Host", EVIL).header("Cookie", cookie).send();
		Matcher csrf = CSRF.matcher(form.body());
		assertThat(csrf.find()).isTrue();

		// when
		Answer signedIn = RawHttp.request(this.port, "POST", "/login")
			.header("Host", EVIL)
			.header("Cookie", cookie)
			.body("application/x-www-form-urlencoded",
					"username=curator&password=" + ApiTestSupport.CURATOR_PASSWORD + "&_csrf="
							+ java.net.URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8))
			.send();

		// then
		assertThat(protectedPage.status()).isEqualTo(302);
		assertThat(protectedPage.header("location")).isEqualTo("/login");
		assertThat(signedIn.status()).isEqualTo(302);
		assertThat(signedIn.header("location")).startsWith("/agreements/new");
		for (Answer answer : new Answer[] { protectedPage, form, signedIn }) {
			assertThat(answer.headerLines() + answer.body()).doesNotContain(EVIL);
		}
	}

	private Answer awaitEnd(String location) throws Exception {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		while (Instant.now().isBefore(deadline)) {
			Answer job = RawHttp.request(this.port, "GET", location)
				.header("Host", EVIL)
				.basic(ApiTestSupport.CURATOR, ApiTestSupport.CURATOR_PASSWORD)
				.send();
			if (!job.json().path("status").asString().matches("QUEUED|RUNNING")) {
				return job;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("the import job did not end");
	}

	private static String session(Answer answer) {
		String cookie = answer.header("set-cookie");
		assertThat(cookie).as("a session cookie").isNotNull();
		return cookie.substring(0, cookie.indexOf(';'));
	}

	private static String entry(Answer zip, String name) {
		byte[] entry = DataPackageFixtures.unzip(zip.content()).get(name);
		assertThat(entry).as(name).isNotNull();
		return new String(entry, StandardCharsets.UTF_8);
	}

}
