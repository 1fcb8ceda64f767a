package org.twinningregistry.account.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Accounts by user name. */
public interface AccountRepository extends JpaRepository<Account, Long> {

	Optional<Account> findByUsernameIgnoreCase(String username);

}
