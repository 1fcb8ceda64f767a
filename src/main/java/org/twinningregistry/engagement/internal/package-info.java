/** Engagement internal layer. */
@NullMarked
package org.twinningregistry.engagement.internal;

import org.jspecify.annotations.NullMarked;
