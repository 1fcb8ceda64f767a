package org.twinningregistry.account.internal;

import java.time.Clock;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.transaction.support.TransactionTemplate;
import org.twinningregistry.account.domain.Account;
import org.twinningregistry.account.domain.AccountRepository;
import org.twinningregistry.account.domain.ApiToken;
import org.twinningregistry.account.domain.ApiTokenRepository;
import org.twinningregistry.account.domain.TokenSecrets;

/**
 * Authenticates a bearer token: it must be known (by its hash), neither revoked nor
 * expired, and its owner enabled; it then acts with the owner's grants as they are now.
 * Every refusal reads the same.
 */
class ApiTokenAuthenticationProvider implements AuthenticationProvider {

	private final ApiTokenRepository tokens;

	private final AccountRepository accounts;

	private final TransactionTemplate transactions;

	private final Clock clock;

	ApiTokenAuthenticationProvider(ApiTokenRepository tokens, AccountRepository accounts,
			TransactionTemplate transactions, Clock clock) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String secret = String.valueOf(authentication.getCredentials());
		Authentication result = this.transactions
			.execute(status -> this.tokens.findByTokenHash(TokenSecrets.hash(secret))
				.filter(token -> token.usableAt(this.clock.instant()))
				.map(ApiToken::accountId)
				.flatMap(this.accounts::findById)
				.filter(Account::enabled)
				.map(account -> UsernamePasswordAuthenticationToken.authenticated(account.username(), null,
						PasswordChangeGate.authorities(account)))
				.orElse(null));
		if (result == null) {
			throw new BadCredentialsException("Unknown, revoked or expired API token.");
		}
		return result;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return BearerToken.class.isAssignableFrom(authentication);
	}

	/** A bearer token read from a request, not yet checked. */
	static final class BearerToken extends org.springframework.security.authentication.AbstractAuthenticationToken {

		private final String token;

		BearerToken(String token) {
			super(java.util.List.of());
			this.token = token;
		}

		@Override
		public Object getCredentials() {
			return this.token;
		}

		@Override
		public Object getPrincipal() {
			return "bearer";
		}

	}

}
