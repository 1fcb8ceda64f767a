package org.twinningregistry.account;

import java.util.List;

/**
 * An account as administrators see it (never its password).
 *
 * @param id its key
 * @param username the name it signs in with
 * @param enabled whether it may sign in
 * @param roles its grants
 * @param version for optimistic locking
 * @param passwordChangeRequired whether its holder has yet to replace the password an
 * administrator gave (or the bootstrap generated)
 */
public record AccountSummary(long id, String username, boolean enabled, List<Grant> roles, long version,
		boolean passwordChangeRequired) {

}
