/** Account internal layer. */
@NullMarked
package org.twinningregistry.account.internal;

import org.jspecify.annotations.NullMarked;
