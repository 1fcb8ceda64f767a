/** Agreement api layer. */
@NullMarked
package org.twinningregistry.agreement.api;

import org.jspecify.annotations.NullMarked;
