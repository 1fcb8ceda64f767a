package org.twinningregistry.partnerfinder.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.twinningregistry.strategy.Office;
import org.twinningregistry.strategy.Statement;

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
		@Nullable DescriptionForm description, @Nullable OfficeForm office, @Nullable String expires,
		@Nullable Long version) {

	private static final String DATE = "rule.partner-request.date.format";

	/** Fills what a post left out, so that the form can be shown again as posted. */
	PartnerRequestForm {
		purposes = (purposes != null) ? purposes : List.of();
		partnerSize = (partnerSize != null) ? partnerSize : new SizeForm(null, null);
		description = (description != null) ? description : new DescriptionForm(null, null, null, null);
		office = (office != null) ? office : new OfficeForm(null, null, null);
	}

	static PartnerRequestForm empty(GovernmentId government) {
		return new PartnerRequestForm(government.value(), null, null, null, null, null, null, null, null);
	}

	static PartnerRequestForm of(PartnerRequestSummary request) {
		PartnerRequestValues v = request.values();
		Statement d = v.description();
		Office o = v.office();
		return new PartnerRequestForm(v.government().value(), String.join(" ", v.seekingCountries()), v.purposes(),
				new SizeForm(FormErrors.text(v.partnerSize().min()), FormErrors.text(v.partnerSize().max())), v.level(),
				new DescriptionForm(d.en(), d.fr(), d.nativeLanguage(), d.nativeText()),
				(o != null) ? new OfficeForm(o.name(), o.email(), o.url()) : null, v.expires().toString(),
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
		DescriptionForm d = Objects.requireNonNull(this.description);
		Statement text = Statement.NONE;
		try {
			text = new Statement(d.en(), d.fr(), isBlank(d.language()) ? null : d.language(), d.text());
		}
		catch (IllegalArgumentException ex) {
			violations.add(Violation.of("description.language", "rule.partner-request.description.language"));
		}
		RuleViolationException.throwIfAny(violations);
		OfficeForm o = this.office;
		Office given = (o == null || isBlank(o.name()) && isBlank(o.email()) && isBlank(o.url())) ? null
				: new Office(String.valueOf(Objects.requireNonNullElse(o.name(), "")), o.email(), o.url());
		List<String> countries = (this.seekingCountries == null) ? List.of()
				: Arrays.stream(this.seekingCountries.split("[\\s,;]+")).filter(c -> !c.isBlank()).toList();
		return new PartnerRequestValues(government, countries, Objects.requireNonNull(this.purposes),
				new PartnerSize(min, max), this.level, text, given, Objects.requireNonNull(expiresOn));
	}

	private static LocalDate date(String text) {
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException(ex.getMessage(), ex);
		}
	}

	private static boolean isBlank(@Nullable String text) {
		return text == null || text.isBlank();
	}

	/** The population sought, as typed. */
	record SizeForm(@Nullable String min, @Nullable String max) {

	}

	/** The description's texts: English, French and the government's own language. */
	record DescriptionForm(@Nullable String en, @Nullable String fr, @Nullable String language, @Nullable String text) {

	}

	/** The office to contact. */
	record OfficeForm(@Nullable String name, @Nullable String email, @Nullable String url) {

	}

}
