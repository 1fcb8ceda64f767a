package org.twinningregistry.account.api;

import java.net.URI;
import java.util.List;

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
class AccountApiController {

	private final Accounts accounts;

	private final AccessControl access;

	AccountApiController(Accounts accounts, AccessControl access) {
		this.accounts = accounts;
		this.access = access;
	}

	@PostMapping
	ResponseEntity<AccountResponse> create(@Validated @RequestBody AccountRequest request) {
		AccountSummary created = this.accounts.create(request.username(), request.password(), grants(request.roles()));
		return ResponseEntity
			.created(URI.create("/api/v1/accounts/" + UriUtils.encodePathSegment(created.username(), "UTF-8")))
			.body(AccountResponse.of(created));
	}

	@GetMapping
	List<AccountResponse> list() {
		return this.accounts.list().stream().map(AccountResponse::of).toList();
	}

	@GetMapping("/me")
	AccountResponse me() {
		this.access.require(this.access.username().isPresent(), "see their account");
		return AccountResponse.of(this.accounts.get(this.access.actor()));
	}

	/**
	 * Changes the caller's own password: the one call an account may make while it has
	 * yet to replace the password an administrator gave it.
	 */
	@PostMapping("/me/password")
	ResponseEntity<Void> changePassword(@Validated @RequestBody PasswordChangeRequest request) {
		this.accounts.changeOwnPassword(request.currentPassword(), request.newPassword());
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/{username}")
	AccountResponse get(@PathVariable String username) {
		return AccountResponse.of(this.accounts.get(username));
	}

	@PutMapping("/{username}")
	AccountResponse update(@PathVariable String username, @Validated @RequestBody AccountChange change) {
		return AccountResponse
			.of(this.accounts.update(username, change.version(), grants(change.roles()), change.enabled()));
	}

	private static List<Grant> grants(List<GrantBody> roles) {
		return roles.stream().map(GrantBody::grant).toList();
	}

}
