/**
 * Engagement internal layer: the agreements' references to engagements (which guard an
 * agreement's delete) and the JDBC batch writer of the bulk write
 * ({@code EngagementBatchWriter}, {@code EngagementColumns}).
 */
@NullMarked
package org.twinningregistry.engagement.internal;

import org.jspecify.annotations.NullMarked;
