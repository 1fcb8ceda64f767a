package org.twinningregistry.engagement.domain;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import org.twinningregistry.agreement.AgreementId;
import org.twinningregistry.engagement.EngagementForm;
import org.twinningregistry.engagement.EngagementId;
import org.twinningregistry.engagement.EngagementMode;
import org.twinningregistry.engagement.EngagementSummary;
import org.twinningregistry.engagement.EngagementValues;
import org.twinningregistry.engagement.OfficialLevel;
import org.twinningregistry.shared.Category;
import org.twinningregistry.shared.PartialDate;
import org.twinningregistry.shared.Text;

/** Something that happened under an agreement: the aggregate of the engagement log. */
@Entity
@Table(name = "engagement")
public class Engagement {

	@Id
	private String id;

	@Column(name = "agreement_id")
	private String agreement;

	@Column(name = "engagement_year")
	private int year;

	@Column(name = "start_date")
	private @Nullable PartialDate date;

	@Column(name = "end_date")
	private @Nullable PartialDate endDate;

	@Enumerated(EnumType.STRING)
	private Category category;

	private String origin;

	@Enumerated(EnumType.STRING)
	private @Nullable EngagementForm form;

	@Enumerated(EnumType.STRING)
	private EngagementMode mode;

	private @Nullable Integer participants;

	@Enumerated(EnumType.STRING)
	@Column(name = "official_level")
	private @Nullable OfficialLevel officialLevel;

	private @Nullable BigDecimal cost;

	private @Nullable String currency;

	private String title;

	private @Nullable String description;

	private @Nullable String source;

	@Column(name = "search_text")
	private String searchText = "";

	/**
	 * The history entry of the import that created it, if one did: written by
	 * {@link EngagementBatchWriter}, never by JPA.
	 */
	@Column(name = "import_entry", insertable = false, updatable = false)
	private @Nullable Long importEntry;

	@Version
	private @Nullable Long version;

	protected Engagement() {
		this.id = "";
		this.agreement = "";
		this.category = Category.OTHER;
		this.origin = EngagementValues.BOTH;
		this.mode = EngagementMode.IN_PERSON;
		this.title = "";
	}

	public Engagement(EngagementId id, EngagementValues values) {
		this();
		this.id = id.value();
		apply(values);
	}

	public EngagementId id() {
		return new EngagementId(this.id);
	}

	/** The history entry of the import that created it, if one did. */
	public @Nullable Long importEntry() {
		return this.importEntry;
	}

	public long version() {
		return (this.version != null) ? this.version : 0;
	}

	public EngagementValues values() {
		return new EngagementValues(new AgreementId(this.agreement), this.year, this.date, this.endDate, this.category,
				this.origin, this.form, this.mode, this.participants, this.officialLevel, this.cost, this.currency,
				this.title, this.description, this.source);
	}

	public EngagementSummary summary() {
		return new EngagementSummary(id(), values(), version());
	}

	/**
	 * Replaces every value; the caller has checked them with {@link EngagementRules}.
	 * @return whether anything changed
	 */
	public boolean apply(EngagementValues v) {
		// a new engagement has no agreement yet, so no values to compare with
		if (!this.agreement.isEmpty() && v.equals(values())) {
			return false;
		}
		this.agreement = v.agreement().value();
		this.year = v.year();
		this.date = v.date();
		this.endDate = v.endDate();
		this.category = v.category();
		this.origin = v.origin();
		this.form = v.form();
		this.mode = v.mode();
		this.participants = v.participants();
		this.officialLevel = v.officialLevel();
		this.cost = v.cost();
		this.currency = v.currency();
		this.title = v.title();
		this.description = v.description();
		this.source = v.source();
		this.searchText = searchText(v);
		return true;
	}

	/** What the search matches: the folded title and description. */
	public static String searchText(EngagementValues v) {
		return Text.fold(v.title()) + " | " + Text.fold(v.description());
	}

}
