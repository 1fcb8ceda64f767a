package org.twinningregistry;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the registry on one database, as behind a load balancer without sticky
 * sessions: two application contexts of their own (each with its web server on a free
 * loopback port), on the test's database (the shared in-memory H2, or the PostgreSQL of
 * the {@code postgresql} profile), reached over HTTP. The client's address is given with
 * {@code X-Forwarded-For}, as a proxy in front would (forwarded headers trusted here).
 * Sign-in failures through one instance count on the other; a stranger failing through
 * both still cannot lock the real user out from another address.
 */
class TwoInstancesSignInThrottleIntegrationTests {

	private static final String CURATOR = ApiTestSupport.CURATOR;

	private static final String PASSWORD = "curator-test-password";

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static ConfigurableApplicationContext first;

	private static ConfigurableApplicationContext second;

	@BeforeAll
	static void startTwoInstances() {
		first = start();
		second = start();
	}

	@AfterAll
	static void stopThem() {
		if (second != null) {
			second.close();
		}
		if (first != null) {
			first.close();
		}
	}

	@BeforeEach
	void forgetEarlierFailures() {
		first.getBean(JdbcClient.class).sql("DELETE FROM account_login_throttle").update();
	}

	@Test
	void failuresThroughOneInstanceCountOnTheOther() throws Exception {
		// given
		for (int i = 0; i < 5; i++) {
			assertThat(signIn(first, CURATOR, "wrong-" + i, "203.0.113.10").statusCode()).isEqualTo(401);
		}

		// when
		HttpResponse<String> refused = signIn(second, CURATOR, PASSWORD, "203.0.113.10");

		// then
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Retry-After"))
			.hasValueSatisfying(seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 600L));
		assertThat(refused.body()).contains("\"code\":\"too-many-sign-ins\"");
	}

	@Test
	void aStrangerFailingThroughBothInstancesCannotLockOutTheRealUser() throws Exception {
		// given: a stranger guesses through both instances, five times through each
		for (int i = 0; i < 10; i++) {
			signIn((i % 2 == 0) ? first : second, CURATOR, "guess-" + i, "203.0.113.20");
		}

		// when: the curator signs in from their own address, through either instance
		HttpResponse<String> throughFirst = signIn(first, CURATOR, PASSWORD, "192.0.2.20");
		HttpResponse<String> throughSecond = signIn(second, CURATOR, PASSWORD, "192.0.2.20");

		// then: in, while the stranger is refused through both
		assertThat(throughFirst.statusCode()).isEqualTo(200);
		assertThat(throughFirst.body()).contains("\"username\":\"curator\"");
		assertThat(throughSecond.statusCode()).isEqualTo(200);
		assertThat(signIn(first, CURATOR, PASSWORD, "203.0.113.20").statusCode()).isEqualTo(429);
		assertThat(signIn(second, CURATOR, PASSWORD, "203.0.113.20").statusCode()).isEqualTo(429);
	}

	@Test
	void aSuccessThroughOneInstanceResetsThePairOnTheOther() throws Exception {
		// given
		for (int i = 0; i < 4; i++) {
			signIn(first, CURATOR, "wrong-" + i, "192.0.2.30");
		}
		assertThat(signIn(second, CURATOR, PASSWORD, "192.0.2.30").statusCode()).isEqualTo(200);

		// when
		for (int i = 0; i < 4; i++) {
			signIn(first, CURATOR, "wrong-again-" + i, "192.0.2.30");
		}

		// then: eight failures through the first, never five in a row
		assertThat(signIn(second, CURATOR, PASSWORD, "192.0.2.30").statusCode()).isEqualTo(200);
	}

	@Test
	void anAddressSprayingThroughBothInstancesIsRefusedOnBoth() throws Exception {
		// given: four guesses for each of five names, alternately through each instance
		for (int i = 0; i < 20; i++) {
			signIn((i % 2 == 0) ? first : second, "user-" + (i % 5), "guess-" + i, "198.51.100.40");
		}

		// when, then
		assertThat(signIn(first, CURATOR, PASSWORD, "198.51.100.40").statusCode()).isEqualTo(429);
		assertThat(signIn(second, CURATOR, PASSWORD, "198.51.100.40").statusCode()).isEqualTo(429);
		assertThat(signIn(second, CURATOR, PASSWORD, "198.51.100.41").statusCode()).isEqualTo(200);
	}

	private static ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(TwinningRegistryApplication.class)
			.properties("server.port=0", "server.address=127.0.0.1", "server.forward-headers-strategy=framework",
					"registry.security.login.initial-delay=10m", "registry.security.login.max-delay=10m",
					"spring.main.banner-mode=off")
			.run();
	}

	/** {@code GET /api/v1/accounts/me} with HTTP Basic, from the address given. */
	private static HttpResponse<String> signIn(ConfigurableApplicationContext instance, String username,
			String password, String address) throws Exception {
		int port = ((WebServerApplicationContext) instance).getWebServer().getPort();
		String credentials = Base64.getEncoder()
			.encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/accounts/me"))
			.header("Authorization", "Basic " + credentials)
			.header("X-Forwarded-For", address)
			.GET()
			.build();
		return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
