package org.twinningregistry.account;

import java.io.Serializable;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An API token as its owner sees it later: never the token itself.
 *
 * @param id its key
 * @param name what its owner called it
 * @param owner the account it acts for
 * @param createdAt when it was issued
 * @param expiresAt when it stops working, if ever
 * @param revokedAt when it was revoked, if it was
 */
public record TokenSummary(long id, String name, String owner, Instant createdAt, @Nullable Instant expiresAt,
		@Nullable Instant revokedAt) implements Serializable {

	/** Whether the token still works. */
	public boolean active(Instant now) {
		return this.revokedAt == null && (this.expiresAt == null || now.isBefore(this.expiresAt));
	}

}
