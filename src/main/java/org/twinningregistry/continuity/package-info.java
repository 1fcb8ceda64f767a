/**
 * Continuity: what a relationship needs to outlive the people who signed it. The
 * {@link RelationshipCalendar} lists what is coming — anniversaries of signing (every
 * five years), the term ends and renewal deadlines of fixed-term agreements,
 * annual-report deadlines — as JSON, CSV and an iCalendar feed; {@link HandoverBrief}
 * gathers, for a new mayor or officer, a government's current and past relationships,
 * their recent engagements and activity, what is coming, the documents on file and the
 * offices that keep the partners' records, as a page and a PDF. At the top of the
 * dependency order: nothing depends on it. Depends on gazetteer (governments and place
 * names), agreement ({@code CurrentAgreementRule} through {@code AgreementSummary}),
 * engagement (the recent engagements), reporting (the reporting years and deadlines of
 * {@code ReportingCalendar}), analytics (active or dormant, as the statistics define it),
 * document (the documents on file) and account (who keeps a partner's records, named as
 * offices).
 */
@ApplicationModule(displayName = "Continuity",
		allowedDependencies = { "gazetteer", "agreement", "engagement", "reporting", "analytics", "document", "account",
				"workflow" })
@NullMarked
package org.twinningregistry.continuity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
