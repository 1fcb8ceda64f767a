package org.twinningregistry.account.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A revocable token a machine client sends as {@code Authorization: Bearer …}; only the
 * SHA-256 hash of the token is stored.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "account_id")
	private long accountId;

	private String name;

	@Column(name = "token_hash")
	private String tokenHash;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "expires_at")
	private @Nullable Instant expiresAt;

	@Column(name = "revoked_at")
	private @Nullable Instant revokedAt;

	@Column(name = "revoked_by")
	private @Nullable String revokedBy;

	protected ApiToken() {
		this.name = "";
		this.tokenHash = "";
		this.createdAt = Instant.EPOCH;
	}

	public ApiToken(long accountId, String name, String tokenHash, Instant createdAt, @Nullable Instant expiresAt) {
		this.accountId = accountId;
		this.name = name;
		this.tokenHash = tokenHash;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	public long id() {
		return (this.id != null) ? this.id : 0;
	}

	public long accountId() {
		return this.accountId;
	}

	public String name() {
		return this.name;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public @Nullable Instant expiresAt() {
		return this.expiresAt;
	}

	public @Nullable Instant revokedAt() {
		return this.revokedAt;
	}

	/** Whether the token may still be used at {@code now}. */
	public boolean usableAt(Instant now) {
		return this.revokedAt == null && (this.expiresAt == null || now.isBefore(this.expiresAt));
	}

	/** Revokes the token; revoking twice keeps the first revocation. */
	public void revoke(Instant now, String by) {
		if (this.revokedAt == null) {
			this.revokedAt = now;
			this.revokedBy = by;
		}
	}

}
