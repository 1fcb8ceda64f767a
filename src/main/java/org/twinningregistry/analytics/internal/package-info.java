/** Analytics internal layer. */
@NullMarked
package org.twinningregistry.analytics.internal;

import org.jspecify.annotations.NullMarked;
