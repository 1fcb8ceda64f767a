package org.twinningregistry.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Failed sign-ins are throttled per user name and per address, on the sign-in page and on
 * the API, without telling unknown user names from wrong passwords. A movable clock
 * drives the window (this context has its own throttle, so other tests are not locked).
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(LoginThrottlingTests.MovableClockConfiguration.class)
class LoginThrottlingTests {

	private static final String CURATOR = "curator";

	private static final String PASSWORD = "curator-test-password";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private MovableClock clock;

	@BeforeEach
	void forgetEarlierFailures() {
		this.clock.advance(Duration.ofDays(1));
	}

	@Test
	void sixthPageSignInWithTheRightPasswordIsRefusedAfterFiveFailures() throws Exception {
		// given
		for (int i = 0; i < 5; i++) {
			assertThat(signIn(CURATOR, "wrong-" + i, "192.0.2.1")).isEqualTo("/login?error");
		}

		// when
		String refused = signIn(CURATOR, PASSWORD, "192.0.2.2");

		// then: the same answer as a wrong password, from any address
		assertThat(refused).isEqualTo("/login?error");
	}

	@Test
	void sixthApiCallWithTheRightPasswordIsRefusedAfterFiveFailures() throws Exception {
		// given
		for (int i = 0; i < 5; i++) {
			assertThat(apiStatus(CURATOR, "wrong-" + i, "192.0.2.3")).isEqualTo(401);
		}

		// when, then
		assertThat(apiStatus(CURATOR, PASSWORD, "192.0.2.4")).isEqualTo(401);
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
		}

		// when, then: still the same answer, nothing tells that the name is unknown
		assertThat(signIn("nobody-at-all", "wrong-5", "192.0.2.6")).isEqualTo("/login?error");
		assertThat(apiStatus("nobody-at-all", "wrong-6", "192.0.2.6")).isEqualTo(401);
	}

	@Test
	void successBeforeTheLimitResetsTheCount() throws Exception {
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
	void refusalEndsWithTheWindow() throws Exception {
		// given
		for (int i = 0; i < 5; i++) {
			apiStatus(CURATOR, "wrong-" + i, "192.0.2.8");
		}
		this.clock.advance(Duration.ofMinutes(14));
		assertThat(signIn(CURATOR, PASSWORD, "192.0.2.8")).isEqualTo("/login?error");

		// when
		this.clock.advance(Duration.ofMinutes(1));

		// then
		assertThat(signIn(CURATOR, PASSWORD, "192.0.2.8")).isEqualTo("/");
		assertThat(apiStatus(CURATOR, PASSWORD, "192.0.2.8")).isEqualTo(404);
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
		assertThat(fromThatAddress).isEqualTo("/login?error");
		assertThat(fromElsewhere).isEqualTo("/");
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
