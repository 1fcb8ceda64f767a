package org.twinningregistry.account.api;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.twinningregistry.account.AccessControl;
import org.twinningregistry.account.AccountSummary;
import org.twinningregistry.account.Accounts;
import org.twinningregistry.account.Grant;
import org.twinningregistry.account.RegistryRole;
import org.twinningregistry.shared.RuleViolationException;
import org.twinningregistry.shared.Violation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;

/**
 * {@code POST /api/v1/accounts}, request and answer: the grants as sent (no scope is the
 * empty scope), 201 with the account's address, invalid bodies and refused rules as
 * problem details. Who may create accounts is decided by the facade and checked by the
 * whole application's tests ({@code AccountApiTests}, {@code AuthorizationMatrixTests}).
 */
@WebMvcTest(AccountApiController.class)
@AutoConfigureMockMvc(addFilters = false)
class AccountApiControllerTests {

	private static final List<Grant> GRANTS = List.of(new Grant(RegistryRole.REPORTER, "ca-bc-victoria"),
			new Grant(RegistryRole.CURATOR, ""));

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private Accounts accounts;

	@MockitoBean
	private AccessControl access;

	@Test
	void createsAnAccountAndAnswersWithItsAddress() {
		// given
		given(this.accounts.create("rita é", "a-long-enough-passphrase", GRANTS))
			.willReturn(new AccountSummary(7, "rita é", true, GRANTS, 0, true));

		// when / then
		assertThat(post("""
				{ "username": "rita é", "password": "a-long-enough-passphrase",
				  "roles": [ { "role": "REPORTER", "scope": "ca-bc-victoria" }, { "role": "CURATOR" } ] }
				""")).hasStatus(HttpStatus.CREATED)
			.hasHeader(HttpHeaders.LOCATION, "/api/v1/accounts/rita%20%C3%A9")
			.bodyJson()
			.isStrictlyEqualTo(
					"""
							{ "username": "rita é", "enabled": true, "version": 0, "passwordChangeRequired": true,
							  "roles": [ { "role": "REPORTER", "scope": "ca-bc-victoria" }, { "role": "CURATOR", "scope": "" } ] }
							""");
	}

	@Test
	void refusesABodyWithoutUserNameBeforeTheFacade() {
		// when / then
		assertThat(post("""
				{ "password": "a-long-enough-passphrase", "roles": [] }
				""")).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.isLenientlyEqualTo("""
					{ "status": 400, "code": "error.invalid-input", "errors": [ { "field": "username" } ] }
					""");
		then(this.accounts).shouldHaveNoInteractions();
	}

	@Test
	void answersARefusedRuleWith422AndTheViolation() {
		// given
		given(this.accounts.create(any(), any(), any()))
			.willThrow(new RuleViolationException(Violation.of("password", "rule.account.password.common")));

		// when / then
		assertThat(post("""
				{ "username": "rita", "password": "password123", "roles": [] }
				""")).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.isLenientlyEqualTo("""
					{ "status": 422, "code": "error.rule-violation",
					  "errors": [ { "field": "password", "code": "rule.account.password.common" } ] }
					""");
	}

	private MockMvcTester.MockMvcRequestBuilder post(String json) {
		return this.mvc.post().uri("/api/v1/accounts").contentType(MediaType.APPLICATION_JSON).content(json);
	}

}
