package org.twinningregistry.agreement.api;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.agreement.AgreementParty;
import org.twinningregistry.agreement.AgreementStatus;
import org.twinningregistry.agreement.AgreementSummary;
import org.twinningregistry.agreement.AgreementType;
import org.twinningregistry.agreement.AgreementValues;
import org.twinningregistry.shared.Category;
import org.twinningregistry.shared.PartialDate;
import org.twinningregistry.shared.Versioned;
import org.twinningregistry.workflow.RevisionState;

/**
 * An agreement as the API shows it. Dates keep the precision they were given in;
 * {@code current} says whether it is current today as the data package defines it.
 * {@code workflowState} is absent for a published agreement; a reporter's write answers
 * with the draft's values, its state ({@code DRAFT}) and the revision's {@code version}.
 */
record AgreementResponse(String id, Party partyA, Party partyB, AgreementType type, String signed,
		AgreementStatus status, @Nullable String ended, @Nullable String termEnds, @Nullable String renewed,
		@Nullable String councilResolution, @Nullable String supersedes, List<Category> purposes,
		@Nullable String source, @Nullable String notes, boolean current, long version,
		@Nullable RevisionState workflowState) implements Versioned {

	static AgreementResponse of(AgreementSummary agreement, LocalDate today) {
		AgreementValues v = agreement.values();
		return new AgreementResponse(agreement.id().value(), Party.of(agreement.partyA()), Party.of(agreement.partyB()),
				v.type(), v.signed().toString(), v.status(), text(v.ended()), text(v.termEnds()), text(v.renewed()),
				v.councilResolution(), (v.supersedes() != null) ? v.supersedes().value() : null, v.purposes(),
				v.source(), v.notes(), agreement.isCurrentOn(today), agreement.version(), agreement.draft());
	}

	private static @Nullable String text(@Nullable PartialDate date) {
		return (date != null) ? date.toString() : null;
	}

	/** A party with the facts a list needs. */
	record Party(String id, String name, @Nullable String nameLocal, String country, String subdivision) {

		static Party of(AgreementParty party) {
			return new Party(party.id().value(), party.name(), party.nameLocal(), party.country(), party.subdivision());
		}

	}

}
