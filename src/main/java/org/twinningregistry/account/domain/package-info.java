/** Account domain layer. */
@NullMarked
package org.twinningregistry.account.domain;

import org.jspecify.annotations.NullMarked;
