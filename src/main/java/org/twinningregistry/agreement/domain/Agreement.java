package org.twinningregistry.agreement.domain;

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

import org.twinningregistry.agreement.AgreementId;
import org.twinningregistry.agreement.AgreementParty;
import org.twinningregistry.agreement.AgreementStatus;
import org.twinningregistry.agreement.AgreementType;
import org.twinningregistry.agreement.AgreementValues;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.shared.Category;
import org.twinningregistry.shared.PartialDate;
import org.twinningregistry.shared.Text;

/**
 * A twinning agreement: the aggregate of this module. Besides what was entered it keeps a
 * copy of its parties' names and places (refreshed when the gazetteer says they changed)
 * so that lists filter by country and name without reaching into another module's tables.
 */
@Entity
@Table(name = "agreement")
public class Agreement {

	@Id
	private String id;

	@Column(name = "party_a")
	private String partyA;

	@Column(name = "party_b")
	private String partyB;

	@Enumerated(EnumType.STRING)
	private AgreementType type;

	private PartialDate signed;

	/** First day of {@link #signed}, for ordering and date filters. */
	@Column(name = "signed_on")
	private java.time.LocalDate signedOn;

	@Enumerated(EnumType.STRING)
	private AgreementStatus status;

	private @Nullable PartialDate ended;

	@Column(name = "term_ends")
	private @Nullable PartialDate termEnds;

	/** First day of {@link #ended}, for "current on a date" in SQL. */
	@Column(name = "ended_on")
	private java.time.@Nullable LocalDate endedOn;

	/**
	 * When the first agreement superseding this one was signed (its first day), for SQL.
	 */
	@Column(name = "superseded_on")
	private java.time.@Nullable LocalDate supersededOn;

	/** Last day of {@link #termEnds}, for "current on a date" in SQL. */
	@Column(name = "term_ends_until")
	private java.time.@Nullable LocalDate termEndsUntil;

	private @Nullable PartialDate renewed;

	@Column(name = "council_resolution")
	private @Nullable String councilResolution;

	private @Nullable String supersedes;

	private @Nullable String purposes;

	private @Nullable String source;

	private @Nullable String notes;

	@Column(name = "party_a_name")
	private String partyAName = "";

	@Column(name = "party_a_name_fr")
	private @Nullable String partyANameFr;

	@Column(name = "party_a_name_local")
	private @Nullable String partyANameLocal;

	@Column(name = "party_a_country")
	private String partyACountry = "";

	@Column(name = "party_a_subdivision")
	private String partyASubdivision = "";

	@Column(name = "party_b_name")
	private String partyBName = "";

	@Column(name = "party_b_name_fr")
	private @Nullable String partyBNameFr;

	@Column(name = "party_b_name_local")
	private @Nullable String partyBNameLocal;

	@Column(name = "party_b_country")
	private String partyBCountry = "";

	@Column(name = "party_b_subdivision")
	private String partyBSubdivision = "";

	@Column(name = "search_text")
	private String searchText = "";

	@Version
	private @Nullable Long version;

	protected Agreement() {
		this.id = "";
		this.partyA = "";
		this.partyB = "";
		this.type = AgreementType.SISTER;
		this.signed = PartialDate.ofYear(2000);
		this.signedOn = this.signed.firstDay();
		this.status = AgreementStatus.ACTIVE;
	}

	public Agreement(AgreementId id, AgreementValues values) {
		this();
		this.id = id.value();
		apply(values);
	}

	public AgreementId id() {
		return new AgreementId(this.id);
	}

	public long version() {
		return (this.version != null) ? this.version : 0;
	}

	public AgreementValues values() {
		List<Category> purposeList = (this.purposes == null) ? List.of()
				: Arrays.stream(this.purposes.split(";")).map(Category::valueOf).toList();
		return new AgreementValues(new GovernmentId(this.partyA), new GovernmentId(this.partyB), this.type, this.signed,
				this.status, this.ended, this.termEnds, this.renewed, this.councilResolution,
				(this.supersedes != null) ? new AgreementId(this.supersedes) : null, purposeList, this.source,
				this.notes);
	}

	public AgreementParty partyA() {
		return new AgreementParty(new GovernmentId(this.partyA), this.partyAName, this.partyANameFr,
				this.partyANameLocal, this.partyACountry, this.partyASubdivision);
	}

	public AgreementParty partyB() {
		return new AgreementParty(new GovernmentId(this.partyB), this.partyBName, this.partyBNameFr,
				this.partyBNameLocal, this.partyBCountry, this.partyBSubdivision);
	}

	/**
	 * Replaces every value; the caller has checked them with {@link AgreementRules}.
	 * @return whether anything changed
	 */
	public boolean apply(AgreementValues values) {
		// a new agreement has no parties yet, so no values to compare with
		if (!this.partyA.isEmpty() && values.equals(values())) {
			return false;
		}
		this.partyA = values.partyA().value();
		this.partyB = values.partyB().value();
		this.type = values.type();
		this.signed = values.signed();
		this.signedOn = values.signed().firstDay();
		this.status = values.status();
		this.ended = values.ended();
		this.endedOn = (values.ended() != null) ? values.ended().firstDay() : null;
		this.termEnds = values.termEnds();
		this.termEndsUntil = (values.termEnds() != null) ? values.termEnds().lastDay() : null;
		this.renewed = values.renewed();
		this.councilResolution = values.councilResolution();
		this.supersedes = (values.supersedes() != null) ? values.supersedes().value() : null;
		this.purposes = values.purposes().isEmpty() ? null
				: values.purposes().stream().map(Enum::name).collect(Collectors.joining(";"));
		this.source = values.source();
		this.notes = values.notes();
		return true;
	}

	/**
	 * Records when the first agreement superseding this one was signed ({@code null}:
	 * none does).
	 */
	public void supersededOn(java.time.@Nullable LocalDate firstDay) {
		this.supersededOn = firstDay;
	}

	/**
	 * Copies the facts of a party, if the government is one of the two.
	 * @return whether anything changed
	 */
	public boolean copyParty(AgreementParty party) {
		boolean changed = false;
		if (party.id().value().equals(this.partyA) && !party.equals(partyA())) {
			this.partyAName = party.name();
			this.partyANameFr = party.nameFr();
			this.partyANameLocal = party.nameLocal();
			this.partyACountry = party.country();
			this.partyASubdivision = party.subdivision();
			changed = true;
		}
		if (party.id().value().equals(this.partyB) && !party.equals(partyB())) {
			this.partyBName = party.name();
			this.partyBNameFr = party.nameFr();
			this.partyBNameLocal = party.nameLocal();
			this.partyBCountry = party.country();
			this.partyBSubdivision = party.subdivision();
			changed = true;
		}
		if (changed) {
			this.searchText = String.join(" | ", Text.fold(this.id), Text.fold(this.partyAName),
					Text.fold(this.partyANameLocal), Text.fold(this.partyBName), Text.fold(this.partyBNameLocal));
		}
		return changed;
	}

}
