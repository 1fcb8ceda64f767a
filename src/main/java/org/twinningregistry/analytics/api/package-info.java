/** Analytics api layer. */
@NullMarked
package org.twinningregistry.analytics.api;

import org.jspecify.annotations.NullMarked;
