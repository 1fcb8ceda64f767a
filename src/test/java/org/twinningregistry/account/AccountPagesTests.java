package org.twinningregistry.account;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.twinningregistry.ApiTestSupport;
import org.twinningregistry.RegistryDatabase;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.gazetteer.GovernmentLevel;
import org.twinningregistry.gazetteer.GovernmentValues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The account pages: administrators create accounts with errors shown beside the field;
 * others are refused; everyone manages their own API tokens.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AccountPagesTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Gazetteer gazetteer;

	@BeforeEach
	void clear() {
		RegistryDatabase.clear(this.jdbc);
		SystemCurator
			.call(() -> this.gazetteer.register(new GovernmentId("ca-bc-victoria"), new GovernmentValues("Victoria",
					null, null, "CA", "CA-BC", GovernmentLevel.LOCAL, null, null, null, null, null, null)));
	}

	@Test
	void adminCreatesAnAccountAndSeesErrorsBesideTheRoles() throws Exception {
		// when: a bad role line
		String refused = this.mvc
			.perform(post("/accounts").with(ApiTestSupport.curatorUser())
				.with(csrf())
				.param("username", "rita")
				.param("password", "a-long-enough-passphrase")
				.param("roles", "REPORTER ca-bc-victoria\nREVIEWER CA-QQ"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		// then
		assertThat(refused).contains("id=\"roles-error\"").contains("CA-QQ").doesNotContain("a-long-enough-passphrase");
		assertThat(count("rita")).isZero();

		// when: a good one
		this.mvc
			.perform(post("/accounts").with(ApiTestSupport.curatorUser())
				.with(csrf())
				.param("username", "rita")
				.param("password", "a-long-enough-passphrase")
				.param("roles", "REPORTER ca-bc-victoria\nreviewer ca-bc"))
			.andExpect(redirectedUrl("/accounts"));

		// then
		assertThat(count("rita")).isOne();
		assertThat(this.jdbc
			.sql("SELECT role || ':' || scope FROM account_role r JOIN account a ON a.id = r.account_id"
					+ " WHERE a.username = 'rita' ORDER BY role")
			.query(String.class)
			.list()).containsExactly("REPORTER:ca-bc-victoria", "REVIEWER:CA-BC");
		String list = this.mvc.perform(get("/accounts").with(ApiTestSupport.curatorUser()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list).contains("rita").contains("CA-BC");
	}

	@Test
	void onlyAdministratorsSeeAccounts() throws Exception {
		this.mvc.perform(get("/accounts").with(user("rita").authorities(new Grant(RegistryRole.CURATOR, "CA"))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/accounts")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/account")).andExpect(redirectedUrl("/login"));
	}

	@Test
	void aTokenIssuedOnThePageIsShownOnceAndCanBeRevoked() throws Exception {
		// when
		MvcResult issued = this.mvc
			.perform(post("/account/tokens").with(ApiTestSupport.curatorUser()).with(csrf()).param("name", "sync"))
			.andExpect(redirectedUrl("/account"))
			.andReturn();
		String shown = this.mvc
			.perform(get("/account").with(ApiTestSupport.curatorUser())
				.cookie(issued.getResponse().getCookie("SESSION")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String again = this.mvc.perform(get("/account").with(ApiTestSupport.curatorUser()))
			.andReturn()
			.getResponse()
			.getContentAsString();

		// then
		assertThat(shown).containsPattern("trg_[A-Za-z0-9_-]{40,}");
		assertThat(again).contains("sync").doesNotContainPattern("trg_[A-Za-z0-9_-]{40,}");

		// when
		long id = this.jdbc.sql("SELECT id FROM api_token").query(Long.class).single();
		this.mvc.perform(post("/account/tokens/{id}/revoke", id).with(ApiTestSupport.curatorUser()).with(csrf()))
			.andExpect(redirectedUrl("/account"));

		// then
		assertThat(this.jdbc.sql("SELECT revoked_by FROM api_token").query(String.class).single())
			.isEqualTo(ApiTestSupport.CURATOR);
	}

	private long count(String username) {
		return this.jdbc.sql("SELECT COUNT(*) FROM account WHERE username = :u")
			.param("u", username)
			.query(Long.class)
			.single();
	}

}
