package org.twinningregistry.account.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.twinningregistry.shared.VersionedRequest;

/**
 * New grants and sign-in permission for an account.
 *
 * @param roles its grants
 * @param enabled whether it may sign in
 * @param version the version the change is based on (or {@code If-Match}); what
 * {@code GET} answers can be sent back
 */
record AccountChange(@NotNull List<@Valid @NotNull GrantBody> roles, @NotNull Boolean enabled,
		@NotNull Long version) implements VersionedRequest<AccountChange> {

	@Override
	public AccountChange withVersion(long version) {
		return new AccountChange(this.roles, this.enabled, version);
	}

}
