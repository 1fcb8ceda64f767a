/** Engagement domain layer. */
@NullMarked
package org.twinningregistry.engagement.domain;

import org.jspecify.annotations.NullMarked;
