package org.twinningregistry.partnerfinder.domain;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.gazetteer.GovernmentLevel;
import org.twinningregistry.partnerfinder.PartnerRequestId;
import org.twinningregistry.partnerfinder.PartnerRequestValues;
import org.twinningregistry.partnerfinder.PartnerSize;
import org.twinningregistry.shared.Category;
import org.twinningregistry.strategy.Office;
import org.twinningregistry.strategy.Statement;

/**
 * A government's published request for partners. Lists are stored as {@code ;}-separated
 * codes, in their order; {@code modified} is the day it was last published.
 */
@Entity
@Table(name = "partner_request")
public class PartnerRequest {

	@Id
	private String id;

	@Column(name = "government_id")
	private String government;

	@Column(name = "seeking_countries")
	private @Nullable String seekingCountries;

	private String purposes;

	@Column(name = "partner_size_min")
	private @Nullable Long sizeMin;

	@Column(name = "partner_size_max")
	private @Nullable Long sizeMax;

	@Enumerated(EnumType.STRING)
	@Column(name = "partner_level")
	private @Nullable GovernmentLevel level;

	@Column(name = "description_en")
	private @Nullable String descriptionEn;

	@Column(name = "description_fr")
	private @Nullable String descriptionFr;

	@Column(name = "description_native_language")
	private @Nullable String descriptionNativeLanguage;

	@Column(name = "description_native")
	private @Nullable String descriptionNative;

	@Column(name = "office_name")
	private @Nullable String officeName;

	@Column(name = "office_email")
	private @Nullable String officeEmail;

	@Column(name = "office_url")
	private @Nullable String officeUrl;

	private LocalDate expires;

	private LocalDate modified;

	/**
	 * {@code null} until first stored: Spring Data then persists it rather than merging.
	 */
	@Version
	private @Nullable Long version;

	protected PartnerRequest() {
		this.id = "";
		this.government = "";
		this.purposes = "";
		this.expires = LocalDate.MIN;
		this.modified = LocalDate.MIN;
	}

	/** A new request with checked values, published on the day. */
	public PartnerRequest(PartnerRequestId id, PartnerRequestValues values, LocalDate today) {
		this();
		this.id = id.value();
		apply(values, today);
	}

	public PartnerRequestId id() {
		return new PartnerRequestId(this.id);
	}

	public long version() {
		return (this.version != null) ? this.version : 0;
	}

	public LocalDate modified() {
		return this.modified;
	}

	public PartnerRequestValues values() {
		Office office = (this.officeName != null) ? new Office(this.officeName, this.officeEmail, this.officeUrl)
				: null;
		return new PartnerRequestValues(new GovernmentId(this.government), codes(this.seekingCountries),
				codes(this.purposes).stream().map(Category::valueOf).toList(),
				new PartnerSize(this.sizeMin, this.sizeMax), this.level, new Statement(this.descriptionEn,
						this.descriptionFr, this.descriptionNativeLanguage, this.descriptionNative),
				office, this.expires);
	}

	/**
	 * Replaces every value, published on the day; the caller has checked them with
	 * {@link PartnerRequestRules}.
	 */
	public void apply(PartnerRequestValues values, LocalDate today) {
		this.government = values.government().value();
		this.seekingCountries = values.seekingCountries().isEmpty() ? null
				: String.join(";", values.seekingCountries());
		this.purposes = values.purposes().stream().map(Enum::name).collect(Collectors.joining(";"));
		this.sizeMin = values.partnerSize().min();
		this.sizeMax = values.partnerSize().max();
		this.level = values.level();
		Statement description = values.description();
		this.descriptionEn = description.en();
		this.descriptionFr = description.fr();
		this.descriptionNativeLanguage = description.nativeLanguage();
		this.descriptionNative = description.nativeText();
		Office office = values.office();
		this.officeName = (office != null) ? office.name() : null;
		this.officeEmail = (office != null) ? office.email() : null;
		this.officeUrl = (office != null) ? office.url() : null;
		this.expires = values.expires();
		this.modified = today;
	}

	private static List<String> codes(@Nullable String stored) {
		return (stored == null || stored.isEmpty()) ? List.of() : Arrays.asList(stored.split(";"));
	}

}
