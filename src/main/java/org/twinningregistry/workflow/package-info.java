/**
 * The self-reporting workflow: pending revisions of agreements and engagements (drafted,
 * submitted, returned) kept beside the published records, and the history of every
 * change. {@link RevisionDesk} is the facade the agreement and engagement facades call;
 * the published tables stay theirs, so the public sees only published records. Depends on
 * account, which decides who may report and review where, and on the gazetteer, whose
 * government ids name a revision's parties.
 */
@ApplicationModule(displayName = "Workflow", allowedDependencies = { "account", "gazetteer" })
@NullMarked
package org.twinningregistry.workflow;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
