package org.twinningregistry.account.api;

import java.util.List;

import org.twinningregistry.account.AccountSummary;

/** An account as the API shows it: never its password. */
record AccountResponse(String username, boolean enabled, List<GrantBody> roles, long version) {

	static AccountResponse of(AccountSummary account) {
		return new AccountResponse(account.username(), account.enabled(),
				account.roles().stream().map(GrantBody::of).toList(), account.version());
	}

}
