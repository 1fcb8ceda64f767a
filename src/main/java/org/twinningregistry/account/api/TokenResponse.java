package org.twinningregistry.account.api;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

import org.twinningregistry.account.TokenSummary;

/**
 * A token as the API shows it; {@code token} (the secret) only in the answer that issues
 * it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record TokenResponse(long id, String name, String owner, Instant createdAt, @Nullable Instant expiresAt,
		@Nullable Instant revokedAt, boolean active, @Nullable String token) {

	static TokenResponse of(TokenSummary token, Instant now, @Nullable String secret) {
		return new TokenResponse(token.id(), token.name(), token.owner(), token.createdAt(), token.expiresAt(),
				token.revokedAt(), token.active(now), secret);
	}

}
