package org.twinningregistry.account.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.twinningregistry.account.Grant;
import org.twinningregistry.account.RegistryRole;

/**
 * A role and the scope it holds in, as the API reads and writes it.
 *
 * @param role REPORTER, REVIEWER, CURATOR or ADMIN
 * @param scope a government id (REPORTER), an ISO 3166-2 code (REVIEWER), a country code
 * or empty (CURATOR), empty (ADMIN)
 */
record GrantBody(@NotNull RegistryRole role, @Nullable @Size(max = 64) String scope) {

	Grant grant() {
		return new Grant(this.role, (this.scope != null) ? this.scope : "");
	}

	static GrantBody of(Grant grant) {
		return new GrantBody(grant.role(), grant.scope());
	}

}
