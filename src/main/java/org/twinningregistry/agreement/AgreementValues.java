package org.twinningregistry.agreement;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.shared.Category;
import org.twinningregistry.shared.PartialDate;
import org.twinningregistry.shared.PlainText;

/**
 * Everything about an agreement that a person enters: the input of a create or an update.
 * Text is checked and normalised by {@link PlainText}.
 *
 * @param partyA one party
 * @param partyB the other party, never the same
 * @param type SISTER, FRIENDSHIP or COOPERATION
 * @param signed when it was signed, to the precision known
 * @param status ACTIVE (when not given), SUSPENDED or ENDED
 * @param ended when it ended; required with ENDED
 * @param termEnds when its current term runs out, for a fixed-term agreement
 * @param renewed the latest renewal
 * @param councilResolution reference of the decision that approved it
 * @param supersedes the earlier agreement between the same parties that this one replaces
 * @param purposes what it is for, as categories
 * @param source URL or citation
 * @param notes free text
 */
public record AgreementValues(GovernmentId partyA, GovernmentId partyB, AgreementType type, PartialDate signed,
		AgreementStatus status, @Nullable PartialDate ended, @Nullable PartialDate termEnds,
		@Nullable PartialDate renewed, @Nullable String councilResolution, @Nullable AgreementId supersedes,
		List<Category> purposes, @Nullable String source, @Nullable String notes) {

	public AgreementValues {
		status = (status != null) ? status : AgreementStatus.ACTIVE;
		purposes = (purposes != null) ? List.copyOf(purposes) : List.of();
		councilResolution = PlainText.line("councilResolution", councilResolution);
		source = PlainText.lines("source", source);
		notes = PlainText.lines("notes", notes);
	}

}
