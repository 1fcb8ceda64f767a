package org.twinningregistry.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Failed sign-ins are throttled per (user name, address) pair and per address, with a
 * backoff that doubles and is capped, on the sign-in page and on the API, without telling
 * unknown user names from wrong passwords; a stranger's failures never refuse the real
 * user at another address. A movable clock drives the delays; the counts live in the
 * database, which the test contexts share (and, on PostgreSQL, outlives a run), so every
 * test starts from an empty table, uses addresses of its own and starts a day later than
 * the one before (the counts' window is an hour). A module test: the accounts module with
 * the gazetteer it depends on, and the UI and API shells for the pages and problem
 * details it answers with.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = { "ui", "api" })
@AutoConfigureMockMvc
@Import(LoginThrottlingTests.MovableClockConfiguration.class)
class LoginThrottlingTests {

	private static final String CURATOR = "curator";

	private static final String PASSWORD = "curator-test-password";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private MovableClock clock;

	@Autowired
	private JdbcClient jdbc;

	@BeforeEach
	void forgetEarlierFailures() {
		this.jdbc.sql("DELETE FROM account_login_throttle").update();
		this.clock.advance(Duration.ofDays(1));
	}

	@Test
	void sixthPageSignInFromTheSameAddressIsRefusedForThirtySeconds() throws Exception {
		// given
		for (int i = 0; i < 5; i++) {
			assertThat(signIn(CURATOR, "wrong-" + i, "192.0.2.1")).isEqualTo("/login?error");
		}

		// when
		String refused = signIn(CURATOR, PASSWORD, "192.0.2.1");

		// then: refused with the right password too, and told when to try again
		assertThat(refused).isEqualTo("/login?throttled=30");
		assertThat(this.mvc.perform(get(refused)).andReturn().getResponse().getContentAsString())
			.contains("Too many failed sign-ins from here. Try again in 1 minute.");
	}

	@Test
	void sixthApiCallFromTheSameAddressIsA429WithRetryAfter() throws Exception {
		// given
		for (int i = 0; i < 5; i++) {
			assertThat(apiStatus(CURATOR, "wrong-" + i, "192.0.2.3")).isEqualTo(401);
		}

		// when
		MvcResult refused = api(CURATOR, PASSWORD, "192.0.2.3");

		// then
		assertThat(refused.getResponse().getStatus()).isEqualTo(429);
		assertThat(refused.getResponse().getHeader("Retry-After")).isEqualTo("30");
		assertThat(refused.getResponse().getContentType()).startsWith("application/problem+json");
		assertThat(refused.getResponse().getContentAsString()).contains("\"code\":\"too-many-sign-ins\"");
	}

	@Test
	void aStrangerCannotLockOutTheRealUserFromAnotherAddress() throws Exception {
		// given: a stranger keeps guessing the curator's password from one address
		List<Integer> stranger = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			signIn(CURATOR, "guess-" + i, "203.0.113.66");
			stranger.add(apiStatus(CURATOR, "guess-api-" + i, "203.0.113.66"));
			this.clock.advance(Duration.ofMinutes(1));
		}

		// when: the curator signs in from their own address
		String page = signIn(CURATOR, PASSWORD, "192.0.2.40");
		int apiCall = apiStatus(CURATOR, PASSWORD, "192.0.2.41");

		// then: in, while the stranger was held back
		assertThat(page).isEqualTo("/");
		assertThat(apiCall).isEqualTo(404);
		assertThat(stranger).contains(429);
	}

	@Test
	void theRefusalDoublesWithEachFurtherFailureUpToFifteenMinutes() throws Exception {
		// given
		for (int i = 0; i < 5; i++) {
			apiStatus(CURATOR, "wrong-" + i, "192.0.2.9");
		}
		List<String> retryAfter = new ArrayList<>();

		// when: each time the refusal ends, one more wrong password
		for (int i = 0; i < 7; i++) {
			MvcResult refused = api(CURATOR, PASSWORD, "192.0.2.9");
			assertThat(refused.getResponse().getStatus()).isEqualTo(429);
			String seconds = refused.getResponse().getHeader("Retry-After");
			retryAfter.add(seconds);
			this.clock.advance(Duration.ofSeconds(Long.parseLong(seconds) - 1));
			assertThat(apiStatus(CURATOR, PASSWORD, "192.0.2.9")).isEqualTo(429);
			this.clock.advance(Duration.ofSeconds(1));
			assertThat(apiStatus(CURATOR, "wrong-again-" + i, "192.0.2.9")).isEqualTo(401);
		}

		// then
		assertThat(retryAfter).containsExactly("30", "60", "120", "240", "480", "900", "900");
	}

	@Test
	void refusedAttemptsDoNotExtendTheRefusal() throws Exception {
		// given
		for (int i = 0; i < 5; i++) {
			signIn(CURATOR, "wrong-" + i, "192.0.2.10");
		}

		// when: ten more tries while refused
		for (int i = 0; i < 10; i++) {
			assertThat(signIn(CURATOR, "still-wrong-" + i, "192.0.2.10")).startsWith("/login?throttled=");
		}
		this.clock.advance(Duration.ofSeconds(30));

		// then
		assertThat(signIn(CURATOR, PASSWORD, "192.0.2.10")).isEqualTo("/");
	}

	@Test
	void unknownUserNameLooksLikeAWrongPassword() throws Exception {
		// when
		String unknownPage = signIn("nobody-at-all", "whatever", "192.0.2.5");
		String wrongPage = signIn(CURATOR, "whatever", "192.0.2.5");
		MvcResult unknownApi = api("nobody-at-all", "whatever", "192.0.2.5");
		MvcResult wrongApi = api(CURATOR, "whatever", "192.0.2.5");

		// then
		assertThat(unknownPage).isEqualTo(wrongPage).isEqualTo("/login?error");
		assertThat(unknownApi.getResponse().getStatus()).isEqualTo(wrongApi.getResponse().getStatus()).isEqualTo(401);
		assertThat(unknownApi.getResponse().getContentAsString())
			.isEqualTo(wrongApi.getResponse().getContentAsString());
		assertThat(unknownApi.getResponse().getHeader("WWW-Authenticate"))
			.isEqualTo(wrongApi.getResponse().getHeader("WWW-Authenticate"));
	}

	@Test
	void unknownUserNamesAreThrottledLikeKnownOnes() throws Exception {
		// given
		for (int i = 0; i < 5; i++) {
			signIn("nobody-at-all", "wrong-" + i, "192.0.2.6");
			signIn(CURATOR, "wrong-" + i, "192.0.2.16");
		}

		// when, then: the same answers, nothing tells that the name is unknown
		assertThat(signIn("nobody-at-all", "wrong-5", "192.0.2.6")).isEqualTo(signIn(CURATOR, "wrong-5", "192.0.2.16"))
			.isEqualTo("/login?throttled=30");
		assertThat(api("nobody-at-all", "wrong-6", "192.0.2.6").getResponse().getContentAsString())
			.isEqualTo(api(CURATOR, "wrong-6", "192.0.2.16").getResponse().getContentAsString());
	}

	@Test
	void successBeforeTheLimitResetsThePair() throws Exception {
		// given
		for (int i = 0; i < 4; i++) {
			signIn(CURATOR, "wrong-" + i, "192.0.2.7");
		}
		assertThat(signIn(CURATOR, PASSWORD, "192.0.2.7")).isEqualTo("/");
		for (int i = 0; i < 4; i++) {
			signIn(CURATOR, "wrong-" + i, "192.0.2.7");
		}

		// when, then: eight failures, but never five in a row
		assertThat(signIn(CURATOR, PASSWORD, "192.0.2.7")).isEqualTo("/");
		assertThat(apiStatus(CURATOR, PASSWORD, "192.0.2.7")).isEqualTo(404);
	}

	@Test
	void failuresAreForgottenAWindowAfterTheLastOne() throws Exception {
		// given
		for (int i = 0; i < 4; i++) {
			apiStatus(CURATOR, "wrong-" + i, "192.0.2.8");
		}
		this.clock.advance(Duration.ofMinutes(59));
		apiStatus(CURATOR, "wrong-4", "192.0.2.8");
		assertThat(apiStatus(CURATOR, PASSWORD, "192.0.2.8")).isEqualTo(429);

		// when: an hour without a failure
		this.clock.advance(Duration.ofHours(1));
		for (int i = 0; i < 4; i++) {
			apiStatus(CURATOR, "wrong-" + i, "192.0.2.8");
		}

		// then: four failures of a fresh count refuse nothing
		assertThat(signIn(CURATOR, PASSWORD, "192.0.2.8")).isEqualTo("/");
	}

	@Test
	void anAddressIsRefusedAfterTwentyFailuresWhateverTheUserName() throws Exception {
		// given: a password spray, four guesses for each of five names
		for (int i = 0; i < 20; i++) {
			signIn("user-" + (i % 5), "guess-" + i, "198.51.100.1");
		}

		// when
		String fromThatAddress = signIn(CURATOR, PASSWORD, "198.51.100.1");
		String fromElsewhere = signIn(CURATOR, PASSWORD, "198.51.100.2");

		// then
		assertThat(fromThatAddress).isEqualTo("/login?throttled=30");
		assertThat(fromElsewhere).isEqualTo("/");
	}

	@Test
	void anIpv6AddressCountsAsItsSlash64() throws Exception {
		// given: a spray from twenty addresses of one /64
		for (int i = 0; i < 20; i++) {
			signIn("user-" + (i % 5), "guess-" + i, "2001:db8:1:2::" + Integer.toHexString(i + 1));
		}

		// when, then
		assertThat(signIn(CURATOR, PASSWORD, "2001:db8:1:2::ffff")).isEqualTo("/login?throttled=30");
		assertThat(signIn(CURATOR, PASSWORD, "2001:db8:1:3::1")).isEqualTo("/");
	}

	@Test
	void theTableHoldsNoUserNameOrAddressAsTyped() throws Exception {
		// given
		signIn("someone-quite-particular", "wrong", "192.0.2.77");

		// when
		List<String> stored = this.jdbc.sql("SELECT key_hash || ' ' || kind FROM account_login_throttle")
			.query(String.class)
			.list();

		// then
		assertThat(stored).isNotEmpty().noneMatch(row -> row.contains("particular") || row.contains("192.0.2.77"));
	}

	private String signIn(String username, String password, String address) throws Exception {
		MvcResult result = this.mvc.perform(
				post("/login").param("username", username).param("password", password).with(csrf()).with(from(address)))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(302);
		return result.getResponse().getRedirectedUrl();
	}

	private int apiStatus(String username, String password, String address) throws Exception {
		return api(username, password, address).getResponse().getStatus();
	}

	/** A curator's delete of a government that does not exist: 404 once signed in. */
	private MvcResult api(String username, String password, String address) throws Exception {
		return this.mvc
			.perform(delete("/api/v1/governments/XX-no-such-government").param("version", "0")
				.with(httpBasic(username, password))
				.with(from(address)))
			.andReturn();
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class MovableClockConfiguration {

		@Bean
		@Primary
		MovableClock movableClock() {
			return new MovableClock(Instant.parse("2026-01-01T00:00:00Z"));
		}

	}

	/** A clock the test moves forward. */
	static final class MovableClock extends Clock {

		private volatile Instant now;

		MovableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
