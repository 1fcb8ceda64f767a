package org.twinningregistry.account.api;

import java.net.URI;
import java.time.Clock;
import java.util.List;

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
class TokenApiController {

	private final Accounts accounts;

	private final Clock clock;

	TokenApiController(Accounts accounts, ObjectProvider<Clock> clock) {
		this.accounts = accounts;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	@PostMapping
	ResponseEntity<TokenResponse> issue(@Validated @RequestBody TokenRequest request) {
		IssuedToken issued = this.accounts.issueToken(request.name(), request.expiresAt());
		return ResponseEntity.created(URI.create("/api/v1/tokens/" + issued.summary().id()))
			.body(TokenResponse.of(issued.summary(), this.clock.instant(), issued.token()));
	}

	/**
	 * The caller's own tokens; GETs of the API are public, so this one signs in itself.
	 */
	@GetMapping
	List<TokenResponse> list() {
		return this.accounts.ownTokens().stream().map(t -> TokenResponse.of(t, this.clock.instant(), null)).toList();
	}

	@DeleteMapping("/{id}")
	TokenResponse revoke(@PathVariable long id) {
		return TokenResponse.of(this.accounts.revokeToken(id), this.clock.instant(), null);
	}

}
