/**
 * The review workflow of every reviewed kind of record, written once: a reporter's write
 * is filed as a draft revision beside the published record ({@link RecordWrites} decides;
 * a curator's is published at once), then submitted, approved (published through the
 * kind), returned with a reason or discarded ({@link ReviewWorkflow}, the facade), with
 * the history of every change ({@link HistoryLog}), the parties' confirmations and the
 * review queue ({@link ReviewQueue}). One page controller and one API controller serve
 * every kind under its own path segment. The published tables stay the kinds' own, so the
 * public sees only published records.
 * <p>
 * A kind plugs in from its own module, with no change here: a Spring bean implementing
 * {@link ReviewedKind} (its {@link RecordKind} with stored key and path segment, its
 * values type, the parties the values concern — which decide who reports, reviews and
 * publishes —, its rules, how to publish, and its fields for history diffs); a bean
 * implementing {@link RecordResponses} in its {@code api} package (how the workflow's API
 * shows its record); its facade handing creates and changes to {@link RecordWrites}; a
 * label {@code enum.RecordKind.<KEY>} in the pages' messages; and the fragments
 * {@code workflow/parts :: revision, confirmations, history} on its detail page.
 * {@link KindMappings} then maps the workflow's page and API controllers under the kind's
 * segment. The strategy module's plans, to come, will be a {@code PlanKind} with
 * {@code new RecordKind("plan", "plans")}: the workflow then serves {@code POST
 * /plans/{id}/submit}, {@code /api/v1/plans/{id}/history} and the rest, and lists plans'
 * revisions in the review queue.
 * <p>
 * Depends on account, which decides who may report and review where, and on the
 * gazetteer, whose government ids name a revision's parties.
 */
@ApplicationModule(displayName = "Workflow", allowedDependencies = { "account", "gazetteer" })
@NullMarked
package org.twinningregistry.workflow;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
