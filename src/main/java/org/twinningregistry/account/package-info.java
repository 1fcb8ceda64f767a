/**
 * Accounts, their roles and how people and machines sign in: form login for pages, HTTP
 * Basic or revocable API tokens for the API, and the first account (administrator and
 * curator) created at start-up from {@code registry.bootstrap.*}. A role is granted
 * within a scope (a government, a subdivision or a country); {@link AccessControl} tells
 * the other modules' facades whether the caller may report, review or publish the records
 * of given governments. {@link SystemCurator} runs trusted jobs (demo data, command-line
 * imports) as a curator of every country. Depends on the gazetteer to place governments
 * in their subdivision and country.
 */
@ApplicationModule(displayName = "Accounts", allowedDependencies = "gazetteer")
@NullMarked
package org.twinningregistry.account;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
