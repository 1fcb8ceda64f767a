package org.twinningregistry.strategy;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.shared.BadRequestException;
import org.twinningregistry.shared.ConflictException;
import org.twinningregistry.shared.NotFoundException;
import org.twinningregistry.shared.RuleViolationException;
import org.twinningregistry.workflow.OpenRevision;
import org.twinningregistry.workflow.RecordKind;
import org.twinningregistry.workflow.RecordRef;
import org.twinningregistry.workflow.RecordWrites;
import org.twinningregistry.workflow.ReviewWorkflow;
import org.twinningregistry.workflow.RevisionSummary;

/**
 * The strategies' facade: a government's strategy, written, found, and those that apply
 * to it (its own, its province's, its country's). Reads see published strategies only and
 * are public. Whether a write is published at once (a curator of the government's
 * country) or filed as a draft revision (a reporter of the government, a reviewer of its
 * subdivision) is the workflow's to decide ({@link RecordWrites}); {@link ReviewWorkflow}
 * submits, approves and returns drafts; publishing is {@link StrategyKind}'s. Every write
 * goes to the history.
 */
@Service
public class StrategyBook {

	static final String KIND = "strategy";

	/** Strategies as a kind of record of the workflow. */
	public static final RecordKind RECORDS = StrategyKind.KIND;

	private final StrategyKind kind;

	private final RecordWrites writes;

	private final ReviewWorkflow workflow;

	private final EnclosingGovernments enclosing;

	private final Gazetteer gazetteer;

	StrategyBook(StrategyKind kind, RecordWrites writes, ReviewWorkflow workflow, EnclosingGovernments enclosing,
			Gazetteer gazetteer) {
		this.kind = kind;
		this.writes = writes;
		this.workflow = workflow;
		this.enclosing = enclosing;
		this.gazetteer = gazetteer;
	}

	/**
	 * Writes a government's strategy: creates it when the government has none (neither
	 * published nor drafted), else replaces it. Published at once (history CREATED or
	 * UPDATED) when the caller may publish for the government (a curator), else filed as
	 * a draft revision (history DRAFTED or EDITED).
	 * @param version the version the change was based on (the open revision's when the
	 * caller works on one, else the published strategy's); ignored for a new strategy
	 * @return the published strategy, or the draft's values (with
	 * {@link StrategySummary#draft()} set and the revision's version)
	 * @throws NotFoundException if there is no such government
	 * @throws BadRequestException if the strategy exists and no version is given
	 * @throws RuleViolationException if a value breaks a rule
	 * @throws ConflictException if someone changed it since {@code version}
	 */
	@Transactional
	public StrategySummary put(StrategyValues values, @Nullable Long version) {
		GovernmentId government = values.government();
		this.gazetteer.get(government);
		RecordRef record = ref(government);
		if (!this.writes.exists(record)) {
			return written(values, this.writes.create(record, values));
		}
		if (version == null) {
			throw new BadRequestException("version", "error.version.missing");
		}
		return written(values, this.writes.update(record, version, values));
	}

	private StrategySummary written(StrategyValues values, @Nullable RevisionSummary draft) {
		return (draft != null) ? StrategySummary.draft(new OpenRevision<>(draft, values)) : get(values.government());
	}

	/** The government's published strategy, or empty if it has none. */
	@Transactional(readOnly = true)
	public Optional<StrategySummary> find(GovernmentId government) {
		return this.kind.published(government.value())
			.map(p -> new StrategySummary(government, p.values(), p.version(), null));
	}

	/**
	 * The government's published strategy.
	 * @throws NotFoundException if it has none
	 */
	@Transactional(readOnly = true)
	public StrategySummary get(GovernmentId government) {
		return find(government).orElseThrow(() -> new NotFoundException(KIND, government.value()));
	}

	/**
	 * The strategy's open revision, if the caller may see it (a reporter of the
	 * government or someone above); empty otherwise, so that the public never learns of
	 * drafts.
	 */
	@Transactional(readOnly = true)
	public Optional<StrategyRevision> revision(GovernmentId government) {
		return this.workflow.revision(ref(government), StrategyValues.class)
			.map(r -> new StrategyRevision(r.revision(), StrategySummary.draft(r)));
	}

	/**
	 * What the caller should edit: the open revision's values (with its version) when the
	 * caller may see it, else the published strategy; empty when there is neither.
	 */
	@Transactional(readOnly = true)
	public Optional<StrategySummary> editable(GovernmentId government) {
		return revision(government).map(StrategyRevision::proposed).or(() -> find(government));
	}

	/**
	 * The strategies that apply to a government, nearest first: its own, its province's
	 * (the first-level government above it: its parent, else the first-level government
	 * of its subdivision) and its country's (the national government of its country);
	 * each tier present when the registry holds its government, with the published
	 * strategy or {@code null}.
	 * @throws NotFoundException if there is no such government
	 */
	@Transactional(readOnly = true)
	public List<ApplicableStrategy> applicable(GovernmentId government) {
		return this.enclosing.of(this.gazetteer.get(government))
			.stream()
			.map(tier -> new ApplicableStrategy(tier.tier(), tier.holder(), find(tier.holder().id()).orElse(null)))
			.toList();
	}

	/**
	 * The purposes a government's engagements are measured against: those of the nearest
	 * published strategy that applies to it (its own, else its province's, else its
	 * country's); empty when none does.
	 */
	@Transactional(readOnly = true)
	public Optional<ApplicableStrategy> governing(GovernmentId government) {
		return applicable(government).stream().filter(a -> a.strategy() != null).findFirst();
	}

	/** Whether the government holds a strategy, published or as an open revision. */
	@Transactional(readOnly = true)
	public boolean exists(GovernmentId government) {
		return this.workflow.exists(ref(government));
	}

	/** The strategy as a record of the workflow. */
	public static RecordRef ref(GovernmentId government) {
		return new RecordRef(RECORDS, government.value());
	}

}
