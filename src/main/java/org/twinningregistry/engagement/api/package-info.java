/** Engagement api layer. */
@NullMarked
package org.twinningregistry.engagement.api;

import org.jspecify.annotations.NullMarked;
