package org.twinningregistry.agreement;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.shared.PartialDate;
import org.twinningregistry.workflow.RevisionState;

/**
 * An agreement as lists and other modules see it.
 *
 * @param id its key
 * @param values what was entered
 * @param partyA facts of party A
 * @param partyB facts of party B
 * @param supersededBy the signing dates of the agreements that supersede it
 * @param version the optimistic-lock version (of the revision, for a draft)
 * @param draft {@code null} for the published record; the state of the open revision
 * whose proposed values this summary shows (what a reporter's write returns)
 */
public record AgreementSummary(AgreementId id, AgreementValues values, AgreementParty partyA, AgreementParty partyB,
		List<PartialDate> supersededBy, long version, @Nullable RevisionState draft) {

	public AgreementSummary {
		supersededBy = List.copyOf(supersededBy);
	}

	/** A published agreement. */
	public AgreementSummary(AgreementId id, AgreementValues values, AgreementParty partyA, AgreementParty partyB,
			List<PartialDate> supersededBy, long version) {
		this(id, values, partyA, partyB, supersededBy, version, null);
	}

	/** Whether it is current on the date, as {@link CurrentAgreementRule} defines it. */
	public boolean isCurrentOn(LocalDate date) {
		return CurrentAgreementRule.isCurrent(this.values, this.supersededBy, date);
	}

	/**
	 * The party other than the given one, or {@code null} if the government is not a
	 * party.
	 */
	public @Nullable AgreementParty partnerOf(GovernmentId government) {
		if (this.partyA.id().equals(government)) {
			return this.partyB;
		}
		return this.partyB.id().equals(government) ? this.partyA : null;
	}

	public boolean hasParty(GovernmentId government) {
		return this.partyA.id().equals(government) || this.partyB.id().equals(government);
	}

}
