package org.twinningregistry.account.internal;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first curator account, created at start-up when no account exists
 * ({@code REGISTRY_BOOTSTRAP_USERNAME} / {@code REGISTRY_BOOTSTRAP_PASSWORD}).
 *
 * @param username its user name
 * @param password its password; never a fixed default
 */
@ConfigurationProperties("registry.bootstrap")
record BootstrapSettings(@Nullable String username, @Nullable String password) {

}
