/**
 * The engagement log: what happened under an agreement, year by year — category, form,
 * which side initiated it, who took part, what it cost. {@link EngagementLog} is the
 * facade. Depends on agreement (an engagement hangs under one and its origin is one of
 * that agreement's parties), on gazetteer for government filters, on account for the
 * roles its writes require, and on workflow, which decides whether a write is published
 * or filed as a draft, keeps the revisions and the history, and serves engagements'
 * review through {@link EngagementKind} (its {@code ReviewedKind}) and
 * {@code api.EngagementResponses}.
 */
@ApplicationModule(displayName = "Engagements",
		allowedDependencies = { "agreement", "gazetteer", "account", "workflow" })
@NullMarked
package org.twinningregistry.engagement;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
