/** Agreement internal layer. */
@NullMarked
package org.twinningregistry.agreement.internal;

import org.jspecify.annotations.NullMarked;
