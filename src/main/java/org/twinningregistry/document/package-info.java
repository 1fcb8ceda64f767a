/**
 * The documents on file for an agreement or an engagement: the signed text, the council
 * resolution, a letter of intent, a report, photographs. {@link DocumentArchive} is the
 * facade: it adds a file (its content type detected from its bytes, only PDF, images and
 * office documents, within {@link DocumentSettings#maxSize()}, with its SHA-256), lists,
 * serves and removes documents, and keeps internal ones to those whose roles cover the
 * record. Depends on agreement and engagement, whose records documents hang under (their
 * parties decide who may add, see and remove them; the module tells them, through
 * {@code AgreementReferences} and {@code EngagementReferences}, which records still have
 * documents); on account ({@code AccessControl}, {@code Offices}) for who may and who
 * did; and on workflow, whose {@code HistoryLog} records every addition and removal in
 * the record's history.
 */
@ApplicationModule(displayName = "Documents",
		allowedDependencies = { "agreement", "engagement", "account", "workflow", "gazetteer" })
@NullMarked
package org.twinningregistry.document;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
