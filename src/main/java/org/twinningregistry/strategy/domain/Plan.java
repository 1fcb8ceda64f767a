package org.twinningregistry.strategy.domain;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import org.twinningregistry.agreement.AgreementId;
import org.twinningregistry.strategy.PlanId;
import org.twinningregistry.strategy.PlanSummary;
import org.twinningregistry.strategy.PlanValues;

/**
 * A published multi-year plan under an agreement, with its planned activities in their
 * order.
 */
@Entity
@Table(name = "strategy_plan")
public class Plan {

	@Id
	private String id;

	@Column(name = "agreement_id")
	private String agreement;

	@Column(name = "from_year")
	private int fromYear;

	@Column(name = "to_year")
	private int toYear;

	@ElementCollection
	@CollectionTable(name = "strategy_plan_activity", joinColumns = @JoinColumn(name = "plan_id"))
	@OrderColumn(name = "seq")
	private List<ActivityRow> activities = new ArrayList<>();

	/**
	 * {@code null} until first stored: Spring Data then persists it rather than merging.
	 */
	@Version
	private @Nullable Long version;

	protected Plan() {
		this.id = "";
		this.agreement = "";
	}

	/** A new plan with checked values. */
	public Plan(PlanId id, PlanValues values) {
		this();
		this.id = id.value();
		apply(values);
	}

	public PlanId id() {
		return new PlanId(this.id);
	}

	public long version() {
		return (this.version != null) ? this.version : 0;
	}

	public PlanValues values() {
		return new PlanValues(new AgreementId(this.agreement), this.fromYear, this.toYear,
				this.activities.stream().map(ActivityRow::activity).toList());
	}

	public PlanSummary summary() {
		return new PlanSummary(id(), values(), version());
	}

	/** Replaces every value; the caller has checked them with {@link PlanRules}. */
	public void apply(PlanValues values) {
		this.agreement = values.agreement().value();
		this.fromYear = values.from();
		this.toYear = values.to();
		this.activities.clear();
		values.activities().stream().map(ActivityRow::of).forEach(this.activities::add);
	}

}
