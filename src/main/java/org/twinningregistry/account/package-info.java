/**
 * Accounts, their roles and how people and machines sign in: form login for pages, HTTP
 * Basic for the API, and the first curator created at start-up from
 * {@code registry.bootstrap.*}. Roles are stored with a scope (a government, subdivision
 * or country) so that the jurisdictions of a later issue fit; today a CURATOR may write
 * everywhere. {@link SystemCurator} runs trusted jobs (demo data, command-line imports)
 * as a curator. Depends on the gazetteer only for scope codes (none yet used).
 */
@ApplicationModule(displayName = "Accounts", allowedDependencies = "gazetteer")
@NullMarked
package org.twinningregistry.account;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
