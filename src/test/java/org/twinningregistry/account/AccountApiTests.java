package org.twinningregistry.account;

import java.time.Instant;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.twinningregistry.ApiTestSupport;
import org.twinningregistry.RegistryDatabase;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.gazetteer.GovernmentLevel;
import org.twinningregistry.gazetteer.GovernmentValues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code /api/v1/accounts} and {@code /api/v1/tokens}: administrators create scoped
 * accounts that then sign in and write only within their scope; tokens act like their
 * owner until revoked or expired.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AccountApiTests {

	/** What accounts sign in with once they chose their own password. */
	private static final String PASSWORD = "a-long-enough-passphrase";

	/** What an administrator gives a new account, to be replaced at its first sign-in. */
	private static final String GIVEN = "given-by-the-administrator";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Gazetteer gazetteer;

	@Autowired
	private PasswordEncoder passwords;

	@BeforeEach
	void governments() {
		RegistryDatabase.clear(this.jdbc);
		SystemCurator.call(() -> {
			this.gazetteer.register(new GovernmentId("ca-bc-victoria"), values("Victoria", "CA", "CA-BC"));
			this.gazetteer.register(new GovernmentId("kr-11-seoul"), values("Seoul", "KR", "KR-11"));
			return null;
		});
	}

	@Test
	void adminCreatesAScopedCuratorWhoWritesOnlyInTheirCountry() throws Exception {
		// when
		this.mvc.perform(json(post("/api/v1/accounts"), """
				{"username": "ana", "password": "%s", "roles": [{"role": "CURATOR", "scope": "ca"}]}
				""".formatted(GIVEN)).with(ApiTestSupport.curator()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.username").value("ana"))
			.andExpect(jsonPath("$.roles[0].role").value("CURATOR"))
			.andExpect(jsonPath("$.roles[0].scope").value("CA"))
			.andExpect(jsonPath("$.passwordChangeRequired").value(true))
			.andExpect(jsonPath("$.password").doesNotExist());

		// then: the password is stored hashed with an adaptive hash
		String hash = this.jdbc.sql("SELECT password_hash FROM account WHERE username = 'ana'")
			.query(String.class)
			.single();
		assertThat(hash).startsWith("{bcrypt}").doesNotContain(GIVEN);
		assertThat(this.passwords.matches(GIVEN, hash)).isTrue();
		// and the account, once it chose its own password, changes governments of its own
		// country only
		choosePassword("ana");
		assertThat(renameStatus("ca-bc-victoria", httpBasic("ana", PASSWORD))).isEqualTo(200);
		assertThat(renameStatus("kr-11-seoul", httpBasic("ana", PASSWORD))).isEqualTo(403);
	}

	@Test
	void aGivenPasswordMustBeReplacedBeforeTheAccountDoesAnythingElse() throws Exception {
		// given: an account an administrator made, with the password they chose for it
		this.mvc.perform(json(post("/api/v1/accounts"), """
				{"username": "ana", "password": "%s", "roles": [{"role": "CURATOR", "scope": "CA"}]}
				""".formatted(GIVEN)).with(ApiTestSupport.curator())).andExpect(status().isCreated());
		RequestPostProcessor given = httpBasic("ana", GIVEN);

		// then: everything it signs is refused, saying what to do, in the reader's
		// language
		for (MockHttpServletRequestBuilder request : new MockHttpServletRequestBuilder[] { get("/api/v1/accounts/me"),
				get("/api/v1/governments"), get("/api/v1/tokens"),
				json(post("/api/v1/tokens"), "{\"name\": \"sync\"}") }) {
			this.mvc.perform(request.with(given))
				.andExpect(status().isForbidden())
				.andExpect(jsonPath("$.code").value("password-change-required"))
				.andExpect(jsonPath("$.type").value("urn:twinning-registry:problem:password-change-required"))
				.andExpect(jsonPath("$.detail")
					.value(org.hamcrest.Matchers.containsString("/api/v1/accounts/me/password")));
		}
		assertThat(renameStatus("ca-bc-victoria", given)).isEqualTo(403);
		this.mvc.perform(get("/api/v1/accounts/me").with(given).header(HttpHeaders.ACCEPT_LANGUAGE, "fr"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("Ce compte se connecte")));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM api_token").query(Long.class).single()).isZero();

		// when: the given password kept, or the current one wrong
		String change = "{\"currentPassword\": \"%s\", \"newPassword\": \"%s\"}";
		this.mvc.perform(json(post("/api/v1/accounts/me/password"), change.formatted(GIVEN, GIVEN)).with(given))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("newPassword"))
			.andExpect(jsonPath("$.errors[0].code").value("rule.account.password.same"));
		this.mvc.perform(json(post("/api/v1/accounts/me/password"), change.formatted("not-it", PASSWORD)).with(given))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("rule.account.password.wrong"));
		this.mvc.perform(json(post("/api/v1/accounts/me/password"), change.formatted(GIVEN, PASSWORD)))
			.andExpect(status().isUnauthorized());

		// when: replaced
		this.mvc.perform(json(post("/api/v1/accounts/me/password"), change.formatted(GIVEN, PASSWORD)).with(given))
			.andExpect(status().isNoContent());

		// then: the given password no longer signs in, the chosen one does everything
		assertThat(renameStatus("ca-bc-victoria", given)).isEqualTo(401);
		assertThat(renameStatus("ca-bc-victoria", httpBasic("ana", PASSWORD))).isEqualTo(200);
		this.mvc.perform(get("/api/v1/accounts/me").with(httpBasic("ana", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.passwordChangeRequired").value(false));
	}

	@Test
	void onlyAdministratorsCreateAccounts() throws Exception {
		// given
		create("rita", "REPORTER", "ca-bc-victoria");
		String body = """
				{"username": "eve", "password": "%s", "roles": [{"role": "ADMIN", "scope": ""}]}
				""".formatted(PASSWORD);

		// when, then
		this.mvc.perform(json(post("/api/v1/accounts"), body)).andExpect(status().isUnauthorized());
		this.mvc.perform(json(post("/api/v1/accounts"), body).with(httpBasic("rita", PASSWORD)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/accounts").with(httpBasic("rita", PASSWORD))).andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/accounts")).andExpect(status().isUnauthorized());
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM account WHERE username = 'eve'").query(Long.class).single())
			.isZero();
	}

	@Test
	void trivialCommonAndControlCharacterPasswordsAreRefused() throws Exception {
		// when, then: each long enough, none good enough
		for (String[] refused : new String[][] { { "aaaaaaaaaaaa", "rule.account.password.trivial" },
				{ "\\u0000".repeat(12), "rule.account.password.control" },
				{ "qwertyuiop12", "rule.account.password.trivial" }, { "Football2024", "rule.account.password.common" },
				{ "Password1234", "rule.account.password.context" },
				{ "Evelyn-at-work-1", "rule.account.password.username" } }) {
			this.mvc
				.perform(json(post("/api/v1/accounts"),
						"""
								{"username": "evelyn", "password": "%s", "roles": [{"role": "REPORTER", "scope": "ca-bc-victoria"}]}
								"""
							.formatted(refused[0]))
					.with(ApiTestSupport.curator()))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.errors[?(@.field == 'password')].code").value(refused[1]));
		}
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM account WHERE username = 'evelyn'").query(Long.class).single())
			.isZero();
	}

	@Test
	void aTokenLivesAtMostTwoYears() throws Exception {
		// given
		create("ana", "CURATOR", "CA");

		// when, then
		for (String expiry : new String[] { "+99999-01-01T00:00:00Z",
				Instant.now().plusSeconds(3 * 366 * 86400L).toString() }) {
			this.mvc
				.perform(json(post("/api/v1/tokens"), "{\"name\": \"far\", \"expiresAt\": \"%s\"}".formatted(expiry))
					.with(httpBasic("ana", PASSWORD)))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.errors[0].field").value("expiresAt"))
				.andExpect(jsonPath("$.errors[0].code").value("rule.token.too-far"));
		}
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM api_token").query(Long.class).single()).isZero();
		this.mvc
			.perform(json(post("/api/v1/tokens"),
					"{\"name\": \"a year\", \"expiresAt\": \"%s\"}".formatted(Instant.now().plusSeconds(365 * 86400L)))
				.with(httpBasic("ana", PASSWORD)))
			.andExpect(status().isCreated());
	}

	@Test
	void badAccountsAreRefusedFieldByFieldAndNothingIsWritten() throws Exception {
		// when, then
		this.mvc.perform(json(post("/api/v1/accounts"), """
				{"username": "x", "password": "short", "roles": [
				  {"role": "REPORTER", "scope": "no-such-government"},
				  {"role": "REVIEWER", "scope": "CA-ZZ"},
				  {"role": "CURATOR", "scope": "XX"},
				  {"role": "ADMIN", "scope": "CA"}]}
				""").with(ApiTestSupport.curator()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[?(@.field == 'username')].code").value("rule.account.username"))
			.andExpect(jsonPath("$.errors[?(@.field == 'password')].code").value("rule.account.password.length"))
			.andExpect(jsonPath("$.errors[?(@.field == 'roles[0].scope')].code").value("rule.account.scope.reporter"))
			.andExpect(jsonPath("$.errors[?(@.field == 'roles[1].scope')].code").value("rule.account.scope.reviewer"))
			.andExpect(jsonPath("$.errors[?(@.field == 'roles[2].scope')].code").value("rule.account.scope.curator"))
			.andExpect(jsonPath("$.errors[?(@.field == 'roles[3].scope')].code").value("rule.account.scope.admin"));
		create("rita", "REPORTER", "ca-bc-victoria");
		this.mvc.perform(json(post("/api/v1/accounts"), """
				{"username": "RITA", "password": "%s", "roles": [{"role": "REVIEWER", "scope": "CA-BC"}]}
				""".formatted(PASSWORD)).with(ApiTestSupport.curator()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("rule.account.username.taken"));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM account").query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void grantsChangeWithAVersionAndTheLastAdministratorStays() throws Exception {
		// given
		int version = create("rita", "REPORTER", "ca-bc-victoria");
		String change = """
				{"roles": [{"role": "REVIEWER", "scope": "CA-BC"}], "enabled": true, "version": %d}
				""";

		// when
		this.mvc.perform(json(put("/api/v1/accounts/rita"), change.formatted(version)).with(ApiTestSupport.curator()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.roles[0].role").value("REVIEWER"))
			.andExpect(jsonPath("$.version").value(version + 1));

		// then: a change based on the old version is refused
		this.mvc.perform(json(put("/api/v1/accounts/rita"), change.formatted(version)).with(ApiTestSupport.curator()))
			.andExpect(status().isConflict());
		// and the only administrator cannot take away their own rights
		long current = this.jdbc.sql("SELECT version FROM account WHERE username = 'curator'")
			.query(Long.class)
			.single();
		this.mvc.perform(json(put("/api/v1/accounts/curator"), """
				{"roles": [{"role": "CURATOR", "scope": ""}], "enabled": true, "version": %d}
				""".formatted(current)).with(ApiTestSupport.curator()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("error.account.last-admin"));
	}

	@Test
	void aTokenActsWithItsOwnersCurrentGrantsUntilRevoked() throws Exception {
		// given
		int version = create("ana", "CURATOR", "CA");
		String issued = this.mvc
			.perform(json(post("/api/v1/tokens"), "{\"name\": \"nightly sync\"}").with(httpBasic("ana", PASSWORD)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.owner").value("ana"))
			.andExpect(jsonPath("$.active").value(true))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String token = JsonPath.read(issued, "$.token");
		int id = JsonPath.read(issued, "$.id");
		assertThat(token).startsWith("trg_").hasSizeGreaterThan(40);
		RequestPostProcessor bearer = bearer(token);

		// then: the token writes like ana, within her country only
		assertThat(renameStatus("ca-bc-victoria", bearer)).isEqualTo(200);
		assertThat(renameStatus("kr-11-seoul", bearer)).isEqualTo(403);
		// the secret is never shown again, nor stored
		this.mvc.perform(get("/api/v1/tokens").with(bearer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].name").value("nightly sync"))
			.andExpect(jsonPath("$[0].token").doesNotExist());
		assertThat(this.jdbc.sql("SELECT token_hash FROM api_token").query(String.class).single()).isNotEqualTo(token)
			.hasSize(64);

		// when her grants change, the token follows them
		this.mvc.perform(json(put("/api/v1/accounts/ana"), """
				{"roles": [{"role": "CURATOR", "scope": "KR"}], "enabled": true, "version": %d}
				""".formatted(version)).with(ApiTestSupport.curator())).andExpect(status().isOk());
		assertThat(renameStatus("ca-bc-victoria", bearer)).isEqualTo(403);

		// when revoked, it no longer signs in
		this.mvc.perform(delete("/api/v1/tokens/{id}", id).with(httpBasic("ana", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.active").value(false));
		assertThat(renameStatus("kr-11-seoul", bearer)).isEqualTo(401);
	}

	@Test
	void unknownExpiredAndDisabledOwnersTokensAreRefused() throws Exception {
		// given
		int version = create("ana", "CURATOR", "CA");
		String token = JsonPath.read(this.mvc
			.perform(json(post("/api/v1/tokens"),
					"{\"name\": \"soon\", \"expiresAt\": \"%s\"}".formatted(Instant.now().plusSeconds(3600)))
				.with(httpBasic("ana", PASSWORD)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.token");
		assertThat(renameStatus("ca-bc-victoria", bearer(token))).isEqualTo(200);

		// when the owner is disabled
		this.mvc.perform(json(put("/api/v1/accounts/ana"), """
				{"roles": [{"role": "CURATOR", "scope": "CA"}], "enabled": false, "version": %d}
				""".formatted(version)).with(ApiTestSupport.curator())).andExpect(status().isOk());

		// then
		assertThat(renameStatus("ca-bc-victoria", bearer(token))).isEqualTo(401);
		assertThat(renameStatus("ca-bc-victoria", bearer("trg_not-a-token"))).isEqualTo(401);
		this.mvc
			.perform(json(post("/api/v1/tokens"), "{\"name\": \"past\", \"expiresAt\": \"2001-01-01T00:00:00Z\"}")
				.with(ApiTestSupport.curator()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("expiresAt"));
		// a token expired since it was issued
		this.jdbc.sql(
				"UPDATE api_token SET expires_at = :past, account_id = (SELECT id FROM account WHERE username = 'curator')")
			.param("past", java.sql.Timestamp.from(Instant.now().minusSeconds(60)))
			.update();
		assertThat(renameStatus("ca-bc-victoria", bearer(token))).isEqualTo(401);
	}

	/**
	 * Creates an account as an administrator does, then has its holder replace the given
	 * password with {@link #PASSWORD}, as they must before anything else; answers its
	 * version.
	 */
	private int create(String username, String role, String scope) throws Exception {
		this.mvc.perform(json(post("/api/v1/accounts"), """
				{"username": "%s", "password": "%s", "roles": [{"role": "%s", "scope": "%s"}]}
				""".formatted(username, GIVEN, role, scope)).with(ApiTestSupport.curator()))
			.andExpect(status().isCreated());
		choosePassword(username);
		return JsonPath
			.read(this.mvc.perform(get("/api/v1/accounts/{username}", username).with(ApiTestSupport.curator()))
				.andExpect(jsonPath("$.passwordChangeRequired").value(false))
				.andReturn()
				.getResponse()
				.getContentAsString(), "$.version");
	}

	/** The holder of a new account replaces the password they were given. */
	private void choosePassword(String username) throws Exception {
		this.mvc
			.perform(json(post("/api/v1/accounts/me/password"),
					"{\"currentPassword\": \"%s\", \"newPassword\": \"%s\"}".formatted(GIVEN, PASSWORD))
				.with(httpBasic(username, GIVEN)))
			.andExpect(status().isNoContent());
	}

	private int renameStatus(String id, RequestPostProcessor who) throws Exception {
		String current = this.mvc.perform(get("/api/v1/governments/{id}", id))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String country = JsonPath.read(current, "$.country");
		String subdivision = JsonPath.read(current, "$.subdivision");
		int version = JsonPath.read(current, "$.version");
		String name = JsonPath.read(current, "$.name");
		return this.mvc.perform(json(put("/api/v1/governments/{id}", id), """
				{"name": "%s", "country": "%s", "subdivision": "%s", "level": "LOCAL", "version": %d}
				""".formatted(name + " ", country, subdivision, version)).with(who))
			.andReturn()
			.getResponse()
			.getStatus();
	}

	private static RequestPostProcessor bearer(String token) {
		return request -> {
			request.addHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token);
			return request;
		};
	}

	private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body);
	}

	private static GovernmentValues values(String name, String country, String subdivision) {
		return new GovernmentValues(name, null, null, country, subdivision, GovernmentLevel.LOCAL, null, null, null,
				null, null, null);
	}

}
