package org.twinningregistry.account;

import java.util.Objects;

import org.springframework.security.core.GrantedAuthority;

/**
 * A role held within a scope: a government id for a {@link RegistryRole#REPORTER}, an ISO
 * 3166-2 subdivision code for a {@link RegistryRole#REVIEWER}, an ISO 3166-1 country code
 * (or empty for everywhere) for a {@link RegistryRole#CURATOR}, empty for an
 * {@link RegistryRole#ADMIN}. As a Spring Security authority it reads
 * {@code ROLE_<role>}, so {@code hasRole} checks see the role and {@link AccessControl}
 * sees the scope.
 *
 * @param role the role
 * @param scope where it holds
 */
public record Grant(RegistryRole role, String scope) implements GrantedAuthority {

	public Grant {
		Objects.requireNonNull(role, "role");
		scope = (scope == null) ? "" : scope.strip();
		if (role == RegistryRole.REVIEWER || role == RegistryRole.CURATOR) {
			scope = scope.toUpperCase(java.util.Locale.ROOT);
		}
	}

	/** A grant that holds everywhere. */
	public static Grant everywhere(RegistryRole role) {
		return new Grant(role, "");
	}

	@Override
	public String getAuthority() {
		return this.role.authority();
	}

	@Override
	public String toString() {
		return this.scope.isEmpty() ? this.role.name() : this.role.name() + ":" + this.scope;
	}

}
