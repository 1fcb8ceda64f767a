/** Accounts api layer: {@code /api/v1/accounts} and {@code /api/v1/tokens}. */
@NullMarked
package org.twinningregistry.account.api;

import org.jspecify.annotations.NullMarked;
