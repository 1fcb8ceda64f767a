package org.twinningregistry.account.api;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;
import org.twinningregistry.account.AccessControl;
import org.twinningregistry.account.AccountSummary;
import org.twinningregistry.account.Accounts;
import org.twinningregistry.account.Grant;

/**
 * {@code /api/v1/accounts}: administrators create accounts and change their grants;
 * {@code /api/v1/accounts/me} shows anyone signed in their own account, and
 * {@code POST /api/v1/accounts/me/password} changes its password.
 */
@RestController
@RequestMapping("/api/v1/accounts")
@Tag(name = "Accounts",
		description = "Who may change the registry: accounts with role grants scoped to jurisdictions (REPORTER of "
				+ "a government, REVIEWER of a subdivision, CURATOR of a country, ADMIN). Administrators create "
				+ "accounts and change their grants; everyone signed in reads their own account and changes their "
				+ "password. A password an administrator gave must be replaced first: until then every other "
				+ "request of the account is refused (403 password-change-required).")
class AccountApiController {

	private final Accounts accounts;

	private final AccessControl access;

	AccountApiController(Accounts accounts, AccessControl access) {
		this.accounts = accounts;
		this.access = access;
	}

	@Operation(summary = "Create an account",
			description = "Creates an account with the grants given (administrators). Its holder signs in with "
					+ "the password given here once, to choose their own (`POST /api/v1/accounts/me/password`). "
					+ "422 lists every rule broken: a taken or malformed user name, a weak password, a scope that "
					+ "does not fit its role.")
	@PostMapping
	ResponseEntity<AccountResponse> create(@Validated @RequestBody AccountRequest request) {
		AccountSummary created = this.accounts.create(request.username(), request.password(), grants(request.roles()));
		return ResponseEntity
			.created(URI.create("/api/v1/accounts/" + UriUtils.encodePathSegment(created.username(), "UTF-8")))
			.body(AccountResponse.of(created));
	}

	@Operation(summary = "List accounts", description = "Every account, by user name (administrators).")
	@SecurityRequirement(name = "bearer")
	@SecurityRequirement(name = "basic")
	@GetMapping
	List<AccountResponse> list() {
		return this.accounts.list().stream().map(AccountResponse::of).toList();
	}

	@Operation(summary = "Read one's own account",
			description = "The account signing the request: its grants, and whether its password has yet to be "
					+ "replaced.")
	@SecurityRequirement(name = "bearer")
	@SecurityRequirement(name = "basic")
	@GetMapping("/me")
	AccountResponse me() {
		this.access.require(this.access.username().isPresent(), "see their account");
		return AccountResponse.of(this.accounts.get(this.access.actor()));
	}

	/**
	 * Changes the caller's own password: the one call an account may make while it has
	 * yet to replace the password an administrator gave it.
	 */
	@Operation(summary = "Change one's own password",
			description = "Replaces the password of the account signing the request (204): 12 to 128 characters, "
					+ "not easily guessed, not the current one. The one call an account may make while it has "
					+ "yet to replace the password an administrator gave it. 422 when the current password is "
					+ "wrong or the new one refused.")
	@PostMapping("/me/password")
	ResponseEntity<Void> changePassword(@Validated @RequestBody PasswordChangeRequest request) {
		this.accounts.changeOwnPassword(request.currentPassword(), request.newPassword());
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "Read an account",
			description = "One account (administrators, or the account itself), its `version` also sent as "
					+ "`ETag`: send this body back with a `PUT`, changed, to change its grants.")
	@SecurityRequirement(name = "bearer")
	@SecurityRequirement(name = "basic")
	@GetMapping("/{username}")
	AccountResponse get(@Parameter(description = "The account's user name") @PathVariable String username) {
		return AccountResponse.of(this.accounts.get(username));
	}

	@Operation(summary = "Change an account's grants",
			description = "Replaces an account's grants and whether it may sign in (administrators). Names the "
					+ "`version` it is based on in `version` or `If-Match` (409, or 412, when stale); the last "
					+ "administrator who can sign in keeps the role (409).")
	@PutMapping("/{username}")
	AccountResponse update(@Parameter(description = "The account's user name") @PathVariable String username,
			@Validated @RequestBody AccountChange change) {
		return AccountResponse
			.of(this.accounts.update(username, change.version(), grants(change.roles()), change.enabled()));
	}

	private static List<Grant> grants(List<GrantBody> roles) {
		return roles.stream().map(GrantBody::grant).toList();
	}

}
