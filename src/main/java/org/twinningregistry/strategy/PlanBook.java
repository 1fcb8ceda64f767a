package org.twinningregistry.strategy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.twinningregistry.agreement.AgreementId;
import org.twinningregistry.shared.BulkWriter;
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

	private final PlanQueries queries;

	private final RecordWrites writes;

	private final PlanRemoval removal;

	private final PlanUpserts upserts;

	PlanBook(PlanQueries queries, RecordWrites writes, PlanRemoval removal, PlanUpserts upserts) {
		this.queries = queries;
		this.writes = writes;
		this.removal = removal;
		this.upserts = upserts;
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
		return this.queries.find(id);
	}

	/**
	 * The published plan.
	 * @throws NotFoundException if there is none with this id
	 */
	@Transactional(readOnly = true)
	public PlanSummary get(PlanId id) {
		return this.queries.get(id);
	}

	/**
	 * The published plans of an agreement, earliest first.
	 * @throws NotFoundException if the agreement is not published
	 */
	@Transactional(readOnly = true)
	public List<PlanSummary> ofAgreement(AgreementId agreement) {
		return this.queries.ofAgreement(agreement);
	}

	/** The published plans of these agreements, by agreement, earliest first. */
	@Transactional(readOnly = true)
	public Map<AgreementId, List<PlanSummary>> ofAgreements(List<AgreementId> agreements) {
		return this.queries.ofAgreements(agreements);
	}

	/**
	 * The open revisions of plans of an agreement (new plans and changes) the caller may
	 * see, by plan id.
	 */
	@Transactional(readOnly = true)
	public List<PlanRevision> drafts(AgreementId agreement) {
		return this.queries.drafts(agreement);
	}

	/**
	 * The plan's open revision, if the caller may see it (a reporter of a party or
	 * someone above); empty otherwise, so that the public never learns of drafts.
	 */
	@Transactional(readOnly = true)
	public Optional<PlanRevision> revision(PlanId id) {
		return this.queries.revision(id);
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
		return this.queries.countByAgreement(agreement);
	}

	/**
	 * A writer of plans for one import, in the caller's transaction: creates or replaces
	 * each plan by key, its activities with it, checked by the rules {@link #propose}
	 * keeps and published directly (history IMPORTED), writing nothing for one unchanged.
	 * Each write is authorized as a curator's publishing: a curator of a party of the
	 * plan's agreement, and for a change, of its stored agreement's too.
	 */
	public BulkWriter<UpsertPlan> bulkWriter() {
		return this.upserts::write;
	}

	/** Hands every published plan to the consumer in id order, a page at a time. */
	@Transactional(readOnly = true)
	public void forEach(Consumer<PlanSummary> consumer) {
		this.queries.forEach(consumer);
	}

	/** The plan as a record of the workflow. */
	public static RecordRef ref(PlanId id) {
		return new RecordRef(RECORDS, id.value());
	}

}
