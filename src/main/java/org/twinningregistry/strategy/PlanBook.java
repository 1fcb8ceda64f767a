package org.twinningregistry.strategy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.twinningregistry.agreement.AgreementId;
import org.twinningregistry.agreement.AgreementRegistry;
import org.twinningregistry.shared.ConflictException;
import org.twinningregistry.shared.NotFoundException;
import org.twinningregistry.shared.RuleViolationException;
import org.twinningregistry.strategy.domain.Plan;
import org.twinningregistry.strategy.domain.PlanRepository;
import org.twinningregistry.workflow.OpenRevision;
import org.twinningregistry.workflow.RecordKind;
import org.twinningregistry.workflow.RecordRef;
import org.twinningregistry.workflow.RecordWrites;
import org.twinningregistry.workflow.ReviewWorkflow;
import org.twinningregistry.workflow.RevisionSummary;

/**
 * The plans' facade: multi-year plans agreed under an agreement, proposed by either side,
 * changed, found and deleted. Reads see published plans only and are public. Whether a
 * write is published at once (a curator of a party's country) or filed as a draft
 * revision (a reporter of either party, a reviewer of its subdivision) is the workflow's
 * to decide ({@link RecordWrites}); {@link ReviewWorkflow} submits, approves, returns and
 * confirms (the other side's confirmation); publishing is {@link PlanKind}'s. Every write
 * goes to the history.
 */
@Service
public class PlanBook {

	static final String KIND = "plan";

	/** Plans as a kind of record of the workflow. */
	public static final RecordKind RECORDS = PlanKind.KIND;

	private final PlanRepository plans;

	private final RecordWrites writes;

	private final ReviewWorkflow workflow;

	private final PlanRemoval removal;

	private final AgreementRegistry agreements;

	PlanBook(PlanRepository plans, RecordWrites writes, ReviewWorkflow workflow, PlanRemoval removal,
			AgreementRegistry agreements) {
		this.plans = plans;
		this.writes = writes;
		this.workflow = workflow;
		this.removal = removal;
		this.agreements = agreements;
	}

	/**
	 * Proposes a new plan: published at once (history CREATED) when the caller may
	 * publish for a party of its agreement (a curator), else filed as a draft revision
	 * (history DRAFTED) for the parties' reviewers.
	 * @param id the key to give it, or {@code null} for a generated one
	 * @return the published plan, or the draft's values (with {@link PlanSummary#draft()}
	 * set and the revision's version)
	 * @throws RuleViolationException if a value breaks a rule or the id is taken
	 */
	@Transactional
	public PlanSummary propose(@Nullable PlanId id, PlanValues values) {
		PlanId key = (id != null) ? id : new PlanId("p-" + UUID.randomUUID());
		return written(key, values, this.writes.create(ref(key), values));
	}

	/**
	 * Replaces a plan's values: directly (history UPDATED) when the caller may publish
	 * for the parties of its agreement, else in the open revision (history DRAFTED or
	 * EDITED).
	 * @param version the open revision's version when the caller works on one, else the
	 * published plan's
	 * @throws NotFoundException if there is no such plan nor a revision of it
	 * @throws ConflictException if someone changed it since {@code version}
	 */
	@Transactional
	public PlanSummary update(PlanId id, long version, PlanValues values) {
		return written(id, values, this.writes.update(ref(id), version, values));
	}

	private PlanSummary written(PlanId id, PlanValues values, @Nullable RevisionSummary draft) {
		return (draft != null) ? PlanSummary.draft(new OpenRevision<>(draft, values)) : get(id);
	}

	/**
	 * Deletes a published plan: a curator's, never while a revision of it is open.
	 * @throws NotFoundException if it is not published
	 * @throws ConflictException if the version is stale or a revision of it is open
	 */
	@Transactional
	public void delete(PlanId id, long version) {
		this.removal.delete(id, version);
	}

	/** The published plan, or empty if there is none with this id. */
	@Transactional(readOnly = true)
	public Optional<PlanSummary> find(PlanId id) {
		return this.plans.findById(id.value()).map(Plan::summary);
	}

	/**
	 * The published plan.
	 * @throws NotFoundException if there is none with this id
	 */
	@Transactional(readOnly = true)
	public PlanSummary get(PlanId id) {
		return find(id).orElseThrow(() -> new NotFoundException(KIND, id.value()));
	}

	/**
	 * The published plans of an agreement, earliest first.
	 * @throws NotFoundException if the agreement is not published
	 */
	@Transactional(readOnly = true)
	public List<PlanSummary> ofAgreement(AgreementId agreement) {
		this.agreements.get(agreement);
		return this.plans.findByAgreementOrderByFromYearAscIdAsc(agreement.value())
			.stream()
			.map(Plan::summary)
			.toList();
	}

	/** The published plans of these agreements, by agreement, earliest first. */
	@Transactional(readOnly = true)
	public Map<AgreementId, List<PlanSummary>> ofAgreements(List<AgreementId> agreements) {
		return this.plans
			.findByAgreementInOrderByAgreementAscFromYearAsc(agreements.stream().map(AgreementId::value).toList())
			.stream()
			.map(Plan::summary)
			.collect(Collectors.groupingBy(p -> p.values().agreement(), LinkedHashMap::new, Collectors.toList()));
	}

	/**
	 * The open revisions of plans of an agreement (new plans and changes) the caller may
	 * see, by plan id.
	 */
	@Transactional(readOnly = true)
	public List<PlanRevision> drafts(AgreementId agreement) {
		return this.workflow.openRevisions(RECORDS, PlanValues.class)
			.stream()
			.filter(r -> r.values().agreement().equals(agreement))
			.map(r -> revision(new PlanId(r.revision().record().id())))
			.flatMap(Optional::stream)
			.toList();
	}

	/**
	 * The plan's open revision, if the caller may see it (a reporter of a party or
	 * someone above); empty otherwise, so that the public never learns of drafts.
	 */
	@Transactional(readOnly = true)
	public Optional<PlanRevision> revision(PlanId id) {
		return this.workflow.revision(ref(id), PlanValues.class)
			.map(r -> new PlanRevision(r.revision(), PlanSummary.draft(r)));
	}

	/**
	 * What the caller should edit: the open revision's values (with its version) when the
	 * caller may see it, else the published plan.
	 * @throws NotFoundException if there is neither
	 */
	@Transactional(readOnly = true)
	public PlanSummary editable(PlanId id) {
		return revision(id).map(PlanRevision::proposed).orElseGet(() -> get(id));
	}

	/**
	 * How many plans hang under the agreement: the published ones and the open drafts
	 * naming it (a draft of a plan published under it counts once).
	 */
	@Transactional(readOnly = true)
	public long countByAgreement(AgreementId agreement) {
		long drafts = this.workflow.openRevisions(RECORDS, PlanValues.class)
			.stream()
			.filter(r -> r.values().agreement().equals(agreement))
			.filter(r -> this.plans.findById(r.revision().record().id())
				.map(p -> !p.values().agreement().equals(agreement))
				.orElse(true))
			.count();
		return this.plans.countByAgreement(agreement.value()) + drafts;
	}

	/** The plan as a record of the workflow. */
	public static RecordRef ref(PlanId id) {
		return new RecordRef(RECORDS, id.value());
	}

}
