package org.twinningregistry.account.api;

import java.net.URI;
import java.time.Clock;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.twinningregistry.account.Accounts;
import org.twinningregistry.account.IssuedToken;

/**
 * {@code /api/v1/tokens}: the caller's own API tokens. The secret is shown once, in the
 * answer that issues it.
 */
@RestController
@RequestMapping("/api/v1/tokens")
@Tag(name = "Tokens",
		description = "API tokens for programs: sent as `Authorization: Bearer trg_…`, a token acts with its owner's "
				+ "grants as they are when it is used, until it expires or is revoked. The secret is shown once, "
				+ "in the answer that issues it.")
class TokenApiController {

	private final Accounts accounts;

	private final Clock clock;

	TokenApiController(Accounts accounts, ObjectProvider<Clock> clock) {
		this.accounts = accounts;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	@Operation(summary = "Issue a token",
			description = "Issues a token for the account signing the request (201); `token` holds the secret, "
					+ "shown this once. An expiry lies in the future and at most two years ahead; without one "
					+ "the token never expires.")
	@PostMapping
	ResponseEntity<TokenResponse> issue(@Validated @RequestBody TokenRequest request) {
		IssuedToken issued = this.accounts.issueToken(request.name(), request.expiresAt());
		return ResponseEntity.created(URI.create("/api/v1/tokens/" + issued.summary().id()))
			.body(TokenResponse.of(issued.summary(), this.clock.instant(), issued.token()));
	}

	/**
	 * The caller's own tokens; GETs of the API are public, so this one signs in itself.
	 */
	@Operation(summary = "List one's own tokens",
			description = "The tokens of the account signing the request, newest first, revoked ones included, "
					+ "without their secrets.")
	@SecurityRequirement(name = "bearer")
	@SecurityRequirement(name = "basic")
	@GetMapping
	List<TokenResponse> list() {
		return this.accounts.ownTokens().stream().map(t -> TokenResponse.of(t, this.clock.instant(), null)).toList();
	}

	@Operation(summary = "Revoke a token",
			description = "Revokes one's own token (administrators: anyone's); it no longer signs in. 404 for a "
					+ "token that is not the caller's.")
	@DeleteMapping("/{id}")
	TokenResponse revoke(@Parameter(description = "The token's id (not its secret)") @PathVariable long id) {
		return TokenResponse.of(this.accounts.revokeToken(id), this.clock.instant(), null);
	}

}
