package org.twinningregistry.gazetteer.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import org.twinningregistry.gazetteer.GovernmentDetails;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.gazetteer.GovernmentLevel;
import org.twinningregistry.gazetteer.GovernmentValues;
import org.twinningregistry.shared.FormErrors;
import org.twinningregistry.shared.RuleViolationException;
import org.twinningregistry.shared.Violation;

/**
 * What the government form posts. Field names are those of the API, so that the
 * gazetteer's rule violations land beside their fields.
 *
 * @param id the key a new government gets (blank: derived from its name); not editable
 * later
 * @param version the version the edit started from
 */
record GovernmentForm(@Nullable String id, @NotBlank @Nullable String name, @Nullable String nameFr,
		@Nullable String nameLocal, @NotBlank @Nullable String country, @NotBlank @Nullable String subdivision,
		@NotNull @Nullable GovernmentLevel level, @Nullable String parent, @Nullable String population,
		@Nullable String latitude, @Nullable String longitude, @Nullable String wikidata, @Nullable String geonames,
		@Nullable Long version) {

	static GovernmentForm empty() {
		return new GovernmentForm(null, null, null, null, null, null, GovernmentLevel.LOCAL, null, null, null, null,
				null, null, null);
	}

	/** A new government prefilled from a world-gazetteer place, under a stable id. */
	static GovernmentForm of(GovernmentValues v, @Nullable String id) {
		return new GovernmentForm(id, v.name(), v.nameFr(), v.nameLocal(), v.country(), v.subdivision(), v.level(),
				null, FormErrors.text(v.population()), FormErrors.text(v.latitude()), FormErrors.text(v.longitude()),
				v.wikidata(), FormErrors.text(v.geonames()), null);
	}

	static GovernmentForm of(GovernmentDetails government) {
		GovernmentValues v = government.values();
		return new GovernmentForm(government.id().value(), v.name(), v.nameFr(), v.nameLocal(), v.country(),
				v.subdivision(), v.level(), (v.parent() != null) ? v.parent().value() : null,
				FormErrors.text(v.population()), FormErrors.text(v.latitude()), FormErrors.text(v.longitude()),
				v.wikidata(), FormErrors.text(v.geonames()), government.version());
	}

	/**
	 * The key chosen for a new government, or {@code null} to let the gazetteer derive
	 * one.
	 */
	@Nullable GovernmentId key() {
		List<Violation> violations = new ArrayList<>();
		GovernmentId key = FormErrors.parse("id", this.id, GovernmentId::new, "rule.id.format", violations);
		RuleViolationException.throwIfAny(violations);
		return key;
	}

	/**
	 * The values to store, without those that cannot be read: a parent that is not a
	 * well-formed id, a number that is not one (each added to {@code violations}).
	 */
	GovernmentValues values(List<Violation> violations) {
		GovernmentId parentId = FormErrors.parse("parent", this.parent, GovernmentId::new, "rule.id.format",
				violations);
		Long people = FormErrors.wholeNumber("population", this.population, violations);
		BigDecimal lat = FormErrors.decimalNumber("latitude", this.latitude, violations);
		BigDecimal lon = FormErrors.decimalNumber("longitude", this.longitude, violations);
		Long place = FormErrors.wholeNumber("geonames", this.geonames, violations);
		return new GovernmentValues(Objects.toString(this.name, ""), this.nameFr, this.nameLocal,
				Objects.toString(this.country, ""), Objects.toString(this.subdivision, ""),
				(this.level != null) ? this.level : GovernmentLevel.LOCAL, parentId, people,
				(lat != null) ? lat.doubleValue() : null, (lon != null) ? lon.doubleValue() : null, this.wikidata,
				place);
	}

	long editedVersion() {
		return (this.version != null) ? this.version : -1;
	}

}
