package org.twinningregistry.strategy.domain;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.shared.Category;
import org.twinningregistry.strategy.Office;
import org.twinningregistry.strategy.Statement;
import org.twinningregistry.strategy.StrategyValues;

/**
 * A government's published strategy: one per government, keyed by the government's id.
 * Lists are stored as {@code ;}-separated codes, in their order.
 */
@Entity
@Table(name = "strategy")
public class Strategy {

	@Id
	@Column(name = "government_id")
	private String government;

	private String purposes;

	@Column(name = "statement_en")
	private @Nullable String statementEn;

	@Column(name = "statement_fr")
	private @Nullable String statementFr;

	@Column(name = "statement_native_language")
	private @Nullable String statementNativeLanguage;

	@Column(name = "statement_native")
	private @Nullable String statementNative;

	@Column(name = "preferred_countries")
	private @Nullable String preferredCountries;

	@Column(name = "office_name")
	private @Nullable String officeName;

	@Column(name = "office_email")
	private @Nullable String officeEmail;

	@Column(name = "office_url")
	private @Nullable String officeUrl;

	private @Nullable LocalDate adopted;

	@Column(name = "review_by")
	private @Nullable LocalDate reviewBy;

	/**
	 * {@code null} until first stored: Spring Data then persists it rather than merging.
	 */
	@Version
	private @Nullable Long version;

	protected Strategy() {
		this.government = "";
		this.purposes = "";
	}

	/** A new strategy with checked values. */
	public Strategy(StrategyValues values) {
		this();
		apply(values);
	}

	public GovernmentId government() {
		return new GovernmentId(this.government);
	}

	public long version() {
		return (this.version != null) ? this.version : 0;
	}

	public StrategyValues values() {
		Office office = (this.officeName != null) ? new Office(this.officeName, this.officeEmail, this.officeUrl)
				: null;
		return new StrategyValues(government(), codes(this.purposes).stream().map(Category::valueOf).toList(),
				new Statement(this.statementEn, this.statementFr, this.statementNativeLanguage, this.statementNative),
				codes(this.preferredCountries), office, this.adopted, this.reviewBy);
	}

	/** Replaces every value; the caller has checked them with {@code StrategyRules}. */
	public void apply(StrategyValues values) {
		this.government = values.government().value();
		this.purposes = values.purposes().stream().map(Enum::name).collect(Collectors.joining(";"));
		Statement statement = values.statement();
		this.statementEn = statement.en();
		this.statementFr = statement.fr();
		this.statementNativeLanguage = statement.nativeLanguage();
		this.statementNative = statement.nativeText();
		this.preferredCountries = values.preferredCountries().isEmpty() ? null
				: String.join(";", values.preferredCountries());
		Office office = values.office();
		this.officeName = (office != null) ? office.name() : null;
		this.officeEmail = (office != null) ? office.email() : null;
		this.officeUrl = (office != null) ? office.url() : null;
		this.adopted = values.adopted();
		this.reviewBy = values.reviewBy();
	}

	private static List<String> codes(@Nullable String stored) {
		return (stored == null || stored.isEmpty()) ? List.of() : Arrays.asList(stored.split(";"));
	}

}
