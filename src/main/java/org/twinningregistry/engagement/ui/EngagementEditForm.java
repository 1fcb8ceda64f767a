package org.twinningregistry.engagement.ui;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

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
import org.twinningregistry.shared.Violation;

/**
 * What the engagement form posts (named apart from the {@link EngagementForm} code it
 * carries). Field names are those of the API.
 *
 * @param version the version the edit started from
 */
record EngagementEditForm(@NotBlank @Nullable String agreement, @NotBlank @Nullable String year, @Nullable String date,
		@Nullable String endDate, @NotNull @Nullable Category category, @NotBlank @Nullable String origin,
		@Nullable EngagementForm form, @Nullable EngagementMode mode, @Nullable String participants,
		@Nullable OfficialLevel officialLevel, @Nullable String cost, @Nullable String currency, @Nullable String title,
		@Nullable String description, @Nullable String source, @Nullable Long version) {

	private static final String DATE = "rule.date.format";

	/**
	 * A new engagement's form: the origin is left for the person to choose (a default
	 * would be recorded unread and skew every count by origin).
	 */
	static EngagementEditForm empty(AgreementId agreement, int year) {
		return new EngagementEditForm(agreement.value(), Integer.toString(year), null, null, null, null, null,
				EngagementMode.IN_PERSON, null, null, null, null, null, null, null, null);
	}

	static EngagementEditForm of(EngagementSummary engagement) {
		EngagementValues v = engagement.values();
		return new EngagementEditForm(v.agreement().value(), Integer.toString(v.year()), text(v.date()),
				text(v.endDate()), v.category(), v.origin(), v.form(), v.mode(), FormErrors.text(v.participants()),
				v.officialLevel(), (v.cost() != null) ? v.cost().toPlainString() : null, v.currency(), v.title(),
				v.description(), v.source(), engagement.version());
	}

	/**
	 * The values to store, without those that cannot be read: a date, a number or the
	 * agreement's id that is not one (each added to {@code violations}).
	 */
	EngagementValues values(List<Violation> violations) {
		AgreementId agreementId = FormErrors.parse("agreement", this.agreement, AgreementId::new, "rule.id.format",
				violations);
		Integer calendarYear = FormErrors.parse("year", this.year, EngagementEditForm::year, "import.cell.year",
				violations);
		PartialDate start = FormErrors.parse("date", this.date, PartialDate::parse, DATE, violations);
		PartialDate end = FormErrors.parse("endDate", this.endDate, PartialDate::parse, DATE, violations);
		Long people = FormErrors.wholeNumber("participants", this.participants, violations);
		BigDecimal amount = FormErrors.decimalNumber("cost", this.cost, violations);
		if (people != null && (people < Integer.MIN_VALUE || people > Integer.MAX_VALUE)) {
			violations.add(Violation.of("participants", "import.cell.whole", this.participants));
			people = null;
		}
		return new EngagementValues(agreementId, (calendarYear != null) ? calendarYear : 0, start, end, this.category,
				Objects.toString(this.origin, ""), this.form, this.mode, (people != null) ? people.intValue() : null,
				this.officialLevel, amount, this.currency, Objects.toString(this.title, ""), this.description,
				this.source);
	}

	private static Integer year(String text) {
		if (!text.matches("\\d{4}")) {
			throw new IllegalArgumentException("not a year");
		}
		return Integer.valueOf(text);
	}

	long editedVersion() {
		return (this.version != null) ? this.version : -1;
	}

	private static @Nullable String text(@Nullable PartialDate date) {
		return (date != null) ? date.toString() : null;
	}

}
