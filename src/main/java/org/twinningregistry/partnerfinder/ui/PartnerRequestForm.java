package org.twinningregistry.partnerfinder.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.gazetteer.GovernmentLevel;
import org.twinningregistry.partnerfinder.PartnerRequestSummary;
import org.twinningregistry.partnerfinder.PartnerRequestValues;
import org.twinningregistry.partnerfinder.PartnerSize;
import org.twinningregistry.shared.Category;
import org.twinningregistry.shared.FormErrors;
import org.twinningregistry.shared.RuleViolationException;
import org.twinningregistry.shared.Violation;
import org.twinningregistry.strategy.OfficeFields;
import org.twinningregistry.strategy.Statement;
import org.twinningregistry.strategy.StatementFields;

/**
 * What the partner request form posts. Field names are those of the API:
 * {@code purposes}, {@code partnerSize.min}, {@code description.en},
 * {@code office.name}…; countries as codes separated by spaces or commas; numbers and the
 * date as text, so that one that cannot be read is reported beside the others.
 *
 * @param government the requesting government's id
 * @param version the version the edit started from, {@code null} for a new request
 */
record PartnerRequestForm(@Nullable String government, @Nullable String seekingCountries,
		@Nullable List<Category> purposes, @Nullable SizeForm partnerSize, @Nullable GovernmentLevel level,
		@Nullable StatementFields description, @Nullable OfficeFields office, @Nullable String expires,
		@Nullable Long version) {

	private static final String DATE = "rule.partner-request.date.format";

	/** Fills what a post left out, so that the form can be shown again as posted. */
	PartnerRequestForm {
		purposes = (purposes != null) ? purposes : List.of();
		partnerSize = (partnerSize != null) ? partnerSize : new SizeForm(null, null);
		description = (description != null) ? description : StatementFields.NONE;
		office = (office != null) ? office : OfficeFields.NONE;
	}

	static PartnerRequestForm empty(GovernmentId government) {
		return new PartnerRequestForm(government.value(), null, null, null, null, null, null, null, null);
	}

	static PartnerRequestForm of(PartnerRequestSummary request) {
		PartnerRequestValues v = request.values();
		return new PartnerRequestForm(v.government().value(), String.join(" ", v.seekingCountries()), v.purposes(),
				new SizeForm(FormErrors.text(v.partnerSize().min()), FormErrors.text(v.partnerSize().max())), v.level(),
				StatementFields.of(v.description()), OfficeFields.of(v.office()), v.expires().toString(),
				request.version());
	}

	/**
	 * The values to store, for the government the page is about.
	 * @throws RuleViolationException if a number, the date or the description's language
	 * is malformed, or the date is missing
	 */
	PartnerRequestValues values(GovernmentId government) {
		List<Violation> violations = new ArrayList<>();
		SizeForm size = Objects.requireNonNull(this.partnerSize);
		Long min = FormErrors.wholeNumber("partnerSize.min", size.min(), violations);
		Long max = FormErrors.wholeNumber("partnerSize.max", size.max(), violations);
		LocalDate expiresOn = FormErrors.parse("expires", this.expires, PartnerRequestForm::date, DATE, violations);
		if (expiresOn == null && (this.expires == null || this.expires.isBlank())) {
			violations.add(Violation.of("expires", "rule.required"));
		}
		Statement text = Objects.requireNonNull(this.description)
			.statement("description", "rule.partner-request.description.language", violations);
		RuleViolationException.throwIfAny(violations);
		return new PartnerRequestValues(government, FormErrors.codes(this.seekingCountries),
				Objects.requireNonNull(this.purposes), new PartnerSize(min, max), this.level, text,
				Objects.requireNonNull(this.office).office(), Objects.requireNonNull(expiresOn));
	}

	private static LocalDate date(String text) {
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException(ex.getMessage(), ex);
		}
	}

	/** The population sought, as typed. */
	record SizeForm(@Nullable String min, @Nullable String max) {

	}

}
