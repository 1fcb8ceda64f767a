package org.twinningregistry.engagement.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import org.twinningregistry.agreement.AgreementId;
import org.twinningregistry.engagement.EngagementForm;
import org.twinningregistry.engagement.EngagementMode;
import org.twinningregistry.engagement.EngagementSummary;
import org.twinningregistry.engagement.EngagementValues;
import org.twinningregistry.engagement.OfficialLevel;
import org.twinningregistry.shared.Category;
import org.twinningregistry.shared.FormErrors;
import org.twinningregistry.shared.PartialDate;
import org.twinningregistry.shared.RuleViolationException;
import org.twinningregistry.shared.Violation;

/**
 * What the engagement form posts (named apart from the {@link EngagementForm} code it
 * carries). Field names are those of the API.
 *
 * @param version the version the edit started from
 */
record EngagementEditForm(@NotBlank @Nullable String agreement, @NotNull @Nullable Integer year, @Nullable String date,
		@Nullable String endDate, @NotNull @Nullable Category category, @NotBlank @Nullable String origin,
		@Nullable EngagementForm form, @Nullable EngagementMode mode, @Nullable Integer participants,
		@Nullable OfficialLevel officialLevel, @Nullable BigDecimal cost, @Nullable String currency,
		@Nullable String title, @Nullable String description, @Nullable String source, @Nullable Long version) {

	private static final String DATE = "rule.date.format";

	/**
	 * A new engagement's form: the origin is left for the person to choose (a default
	 * would be recorded unread and skew every count by origin).
	 */
	static EngagementEditForm empty(AgreementId agreement, int year) {
		return new EngagementEditForm(agreement.value(), year, null, null, null, null, null,
				EngagementMode.IN_PERSON, null, null, null, null, null, null, null, null);
	}

	static EngagementEditForm of(EngagementSummary engagement) {
		EngagementValues v = engagement.values();
		return new EngagementEditForm(v.agreement().value(), v.year(), text(v.date()), text(v.endDate()), v.category(),
				v.origin(), v.form(), v.mode(), v.participants(), v.officialLevel(), v.cost(), v.currency(), v.title(),
				v.description(), v.source(), engagement.version());
	}

	/**
	 * The values to store.
	 * @throws RuleViolationException if a date or the agreement id is malformed
	 */
	EngagementValues values() {
		List<Violation> violations = new ArrayList<>();
		AgreementId agreementId = FormErrors.parse("agreement", this.agreement, AgreementId::new, "rule.id.format",
				violations);
		PartialDate start = FormErrors.parse("date", this.date, PartialDate::parse, DATE, violations);
		PartialDate end = FormErrors.parse("endDate", this.endDate, PartialDate::parse, DATE, violations);
		RuleViolationException.throwIfAny(violations);
		return new EngagementValues(agreementId, (this.year != null) ? this.year : 0, start, end, this.category,
				String.valueOf(this.origin), this.form, this.mode, this.participants, this.officialLevel, this.cost,
				this.currency, String.valueOf((this.title != null) ? this.title : ""), this.description, this.source);
	}

	long editedVersion() {
		return (this.version != null) ? this.version : -1;
	}

	private static @Nullable String text(@Nullable PartialDate date) {
		return (date != null) ? date.toString() : null;
	}

}
