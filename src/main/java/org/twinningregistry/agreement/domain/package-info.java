/** Agreement domain layer. */
@NullMarked
package org.twinningregistry.agreement.domain;

import org.jspecify.annotations.NullMarked;
