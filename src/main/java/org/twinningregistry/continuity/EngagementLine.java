package org.twinningregistry.continuity;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.engagement.EngagementSummary;

/**
 * An engagement in a brief: what, how, and who initiated it.
 *
 * @param engagement the engagement
 * @param initiatedBy the name of the government that initiated it, or {@code null} when
 * both did
 */
public record EngagementLine(EngagementSummary engagement, @Nullable String initiatedBy) {

}
