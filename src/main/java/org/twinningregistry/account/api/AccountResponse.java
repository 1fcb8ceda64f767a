package org.twinningregistry.account.api;

import java.util.List;

import org.twinningregistry.account.AccountSummary;
import org.twinningregistry.shared.Versioned;

/**
 * An account as the API shows it: never its password. {@code passwordChangeRequired}
 * while its holder has yet to replace the password an administrator gave it.
 */
record AccountResponse(String username, boolean enabled, List<GrantBody> roles, boolean passwordChangeRequired,
		long version) implements Versioned {

	static AccountResponse of(AccountSummary account) {
		return new AccountResponse(account.username(), account.enabled(),
				account.roles().stream().map(GrantBody::of).toList(), account.passwordChangeRequired(),
				account.version());
	}

}
