package org.twinningregistry.gazetteer.ui;

import java.util.ArrayList;
import java.util.List;

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
		@NotNull @Nullable GovernmentLevel level, @Nullable String parent, @Nullable Long population,
		@Nullable Double latitude, @Nullable Double longitude, @Nullable String wikidata, @Nullable Long geonames,
		@Nullable Long version) {

	static GovernmentForm empty() {
		return new GovernmentForm(null, null, null, null, null, null, GovernmentLevel.LOCAL, null, null, null, null,
				null, null, null);
	}

	/** A new government prefilled from a world-gazetteer place, under a stable id. */
	static GovernmentForm of(GovernmentValues v, @Nullable String id) {
		return new GovernmentForm(id, v.name(), v.nameFr(), v.nameLocal(), v.country(), v.subdivision(), v.level(),
				null, v.population(), v.latitude(), v.longitude(), v.wikidata(), v.geonames(), null);
	}

	static GovernmentForm of(GovernmentDetails government) {
		GovernmentValues v = government.values();
		return new GovernmentForm(government.id().value(), v.name(), v.nameFr(), v.nameLocal(), v.country(),
				v.subdivision(), v.level(), (v.parent() != null) ? v.parent().value() : null, v.population(),
				v.latitude(), v.longitude(), v.wikidata(), v.geonames(), government.version());
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
	 * The values to store.
	 * @throws RuleViolationException if the parent is not a well-formed id
	 */
	GovernmentValues values() {
		List<Violation> violations = new ArrayList<>();
		GovernmentId parentId = FormErrors.parse("parent", this.parent, GovernmentId::new, "rule.id.format",
				violations);
		RuleViolationException.throwIfAny(violations);
		return new GovernmentValues(String.valueOf(this.name), this.nameFr, this.nameLocal,
				String.valueOf(this.country), String.valueOf(this.subdivision),
				(this.level != null) ? this.level : GovernmentLevel.LOCAL, parentId, this.population, this.latitude,
				this.longitude, this.wikidata, this.geonames);
	}

	long editedVersion() {
		return (this.version != null) ? this.version : -1;
	}

}
