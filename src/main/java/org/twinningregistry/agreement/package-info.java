/**
 * Twinning agreements between two governments and their lifecycle: signed, renewed,
 * suspended, ended, superseded by an upgrade. {@link AgreementRegistry} is the facade and
 * {@link CurrentAgreementRule} the one definition of a current agreement. Depends on the
 * gazetteer, whose governments are the parties (and whose deletes it guards through
 * {@code GovernmentReferences}); on account, for the roles its writes require; on
 * workflow, which decides whether a write is published or filed as a draft, keeps the
 * revisions and the history, and serves agreements' review through {@link AgreementKind}
 * (its {@code ReviewedKind}) and {@code api.AgreementResponses}.
 */
@ApplicationModule(displayName = "Agreements", allowedDependencies = { "gazetteer", "account", "workflow" })
@NullMarked
package org.twinningregistry.agreement;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
