package org.twinningregistry.account.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.twinningregistry.account.RegistryRole;

/** Accounts by user name. */
public interface AccountRepository extends JpaRepository<Account, Long> {

	Optional<Account> findByUsernameIgnoreCase(String username);

	/** How many accounts that may sign in hold the role (in any scope). */
	@Query("select count(distinct a) from Account a join a.roles r where a.enabled = true and r.role = ?1")
	long countEnabledWithRole(RegistryRole role);

	/**
	 * The grants held by accounts that may sign in, of the given roles and scopes (as
	 * {@code ROLE:scope} pairs are matched by the caller).
	 */
	@Query("select distinct r from Account a join a.roles r where a.enabled = true and r.scope in ?1")
	java.util.List<Account.RoleGrant> findEnabledGrantsIn(java.util.Collection<String> scopes);

}
