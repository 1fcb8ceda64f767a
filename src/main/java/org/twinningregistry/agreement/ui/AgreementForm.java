package org.twinningregistry.agreement.ui;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import org.twinningregistry.agreement.AgreementId;
import org.twinningregistry.agreement.AgreementStatus;
import org.twinningregistry.agreement.AgreementSummary;
import org.twinningregistry.agreement.AgreementType;
import org.twinningregistry.agreement.AgreementValues;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.shared.Category;
import org.twinningregistry.shared.FormErrors;
import org.twinningregistry.shared.PartialDate;
import org.twinningregistry.shared.RuleViolationException;
import org.twinningregistry.shared.Violation;

/**
 * What the agreement form posts. Dates are typed as the data package writes them
 * ({@code 2008}, {@code 2008-05} or {@code 2008-05-19}); field names are those of the
 * API.
 *
 * @param id the key a new agreement gets (blank: derived from its parties); not editable
 * later
 * @param version the version the edit started from
 */
record AgreementForm(@Nullable String id, @NotBlank @Nullable String partyA, @NotBlank @Nullable String partyB,
		@NotNull @Nullable AgreementType type, @NotBlank @Nullable String signed, @Nullable AgreementStatus status,
		@Nullable String ended, @Nullable String termEnds, @Nullable String renewed, @Nullable String councilResolution,
		@Nullable String supersedes, @Nullable List<Category> purposes, @Nullable String source, @Nullable String notes,
		@Nullable Long version) {

	private static final String DATE = "rule.date.format";

	private static final String ID = "rule.id.format";

	/**
	 * A new agreement's form, with the parties a link gives: a government's id, or a
	 * world-gazetteer place's key ({@code geonames:…}) that "Register this place" turns
	 * into a government.
	 */
	static AgreementForm empty(@Nullable String partyA, @Nullable String partyB) {
		return new AgreementForm(null, partyA, partyB, AgreementType.SISTER, null, AgreementStatus.ACTIVE, null, null,
				null, null, null, List.of(), null, null, null);
	}

	static AgreementForm of(AgreementSummary agreement) {
		AgreementValues v = agreement.values();
		return new AgreementForm(agreement.id().value(), v.partyA().value(), v.partyB().value(), v.type(),
				v.signed().toString(), v.status(), text(v.ended()), text(v.termEnds()), text(v.renewed()),
				v.councilResolution(), (v.supersedes() != null) ? v.supersedes().value() : null, v.purposes(),
				v.source(), v.notes(), agreement.version());
	}

	/**
	 * The key chosen for a new agreement, or {@code null} to let the registry derive one.
	 */
	@Nullable AgreementId key() {
		List<Violation> violations = new ArrayList<>();
		AgreementId key = FormErrors.parse("id", this.id, AgreementId::new, ID, violations);
		RuleViolationException.throwIfAny(violations);
		return key;
	}

	/**
	 * The values to store, without those that cannot be read: a malformed date or id
	 * (each added to {@code violations}).
	 */
	AgreementValues values(List<Violation> violations) {
		GovernmentId a = FormErrors.parse("partyA", this.partyA, GovernmentId::new, ID, violations);
		GovernmentId b = FormErrors.parse("partyB", this.partyB, GovernmentId::new, ID, violations);
		PartialDate signedOn = FormErrors.parse("signed", this.signed, PartialDate::parse, DATE, violations);
		PartialDate endedOn = FormErrors.parse("ended", this.ended, PartialDate::parse, DATE, violations);
		PartialDate termEndsOn = FormErrors.parse("termEnds", this.termEnds, PartialDate::parse, DATE, violations);
		PartialDate renewedOn = FormErrors.parse("renewed", this.renewed, PartialDate::parse, DATE, violations);
		AgreementId earlier = FormErrors.parse("supersedes", this.supersedes, AgreementId::new, ID, violations);
		return new AgreementValues(a, b, this.type, signedOn, this.status, endedOn, termEndsOn, renewedOn,
				this.councilResolution, earlier, this.purposes, this.source, this.notes);
	}

	/** The same form with a party replaced ({@code partyA} or {@code partyB}). */
	AgreementForm withParty(String party, String government) {
		boolean a = "partyA".equals(party);
		return new AgreementForm(this.id, a ? government : this.partyA, a ? this.partyB : government, this.type,
				this.signed, this.status, this.ended, this.termEnds, this.renewed, this.councilResolution,
				this.supersedes, this.purposes, this.source, this.notes, this.version);
	}

	/** The party field's text, {@code partyA} or {@code partyB}. */
	@Nullable String party(String party) {
		return "partyA".equals(party) ? this.partyA : this.partyB;
	}

	long editedVersion() {
		return (this.version != null) ? this.version : -1;
	}

	private static @Nullable String text(@Nullable PartialDate date) {
		return (date != null) ? date.toString() : null;
	}

}
