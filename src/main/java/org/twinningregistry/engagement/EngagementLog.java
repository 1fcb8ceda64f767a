package org.twinningregistry.engagement;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.twinningregistry.agreement.AgreementId;
import org.twinningregistry.shared.BulkWriter;
import org.twinningregistry.shared.ConflictException;
import org.twinningregistry.shared.NotFoundException;
import org.twinningregistry.shared.RuleViolationException;
import org.twinningregistry.shared.Violation;
import org.twinningregistry.workflow.OpenRevision;
import org.twinningregistry.workflow.RecordKind;
import org.twinningregistry.workflow.RecordRef;
import org.twinningregistry.workflow.RecordWrites;
import org.twinningregistry.workflow.ReviewWorkflow;
import org.twinningregistry.workflow.RevisionSummary;

/**
 * The engagement log's facade: records, changes, finds and deletes engagements. Reads see
 * published engagements only and are public ({@link EngagementQueries}). Whether a write
 * is published at once (a curator of a party of the engagement's agreement) or filed as a
 * draft revision (a reporter) is the workflow's to decide ({@link RecordWrites};
 * {@link ReviewWorkflow} submits, approves and returns drafts, which must name a
 * published agreement), publishing is {@link EngagementKind}'s, bulk writes are
 * {@link EngagementUpserts}'. Every write goes to the history.
 */
@Service
public class EngagementLog {

	static final String KIND = "engagement";

	/** Engagements as a kind of record of the workflow. */
	public static final RecordKind RECORDS = EngagementKind.KIND;

	private final EngagementQueries queries;

	private final RecordWrites writes;

	private final ReviewWorkflow workflow;

	private final EngagementRemoval removal;

	private final EngagementUpserts upserts;

	EngagementLog(EngagementQueries queries, RecordWrites writes, ReviewWorkflow workflow, EngagementRemoval removal,
			EngagementUpserts upserts) {
		this.queries = queries;
		this.writes = writes;
		this.workflow = workflow;
		this.removal = removal;
		this.upserts = upserts;
	}

	/**
	 * Records a new engagement: published at once (history CREATED) when the caller may
	 * publish for a party of its agreement (a curator), else proposed as a draft revision
	 * (history DRAFTED).
	 * @param id the key to give it, or {@code null} for a generated one
	 * @return the published engagement, or the draft's values (with
	 * {@link EngagementSummary#draft()} set and the revision's version)
	 * @throws RuleViolationException if a value breaks a rule or the id is taken
	 */
	@Transactional
	public EngagementSummary record(@Nullable EngagementId id, EngagementValues values) {
		EngagementId key = (id != null) ? id : new EngagementId("e-" + UUID.randomUUID());
		return written(key, values, this.writes.create(ref(key), values));
	}

	/**
	 * Replaces an engagement's values: directly (history UPDATED) when the caller may
	 * publish for the parties of its agreement, old and new; else in the open revision
	 * (history DRAFTED or EDITED).
	 * @throws NotFoundException if there is no such engagement nor a revision of it
	 * @throws ConflictException if someone changed it since {@code version}
	 */
	@Transactional
	public EngagementSummary update(EngagementId id, long version, EngagementValues values) {
		return written(id, values, this.writes.update(ref(id), version, values));
	}

	private EngagementSummary written(EngagementId id, EngagementValues values, @Nullable RevisionSummary draft) {
		return (draft != null) ? EngagementSummary.draft(new OpenRevision<>(draft, values)) : get(id);
	}

	/**
	 * The engagement's open revision, if the caller may see it; empty otherwise, so that
	 * the public never learns of drafts.
	 */
	@Transactional(readOnly = true)
	public Optional<EngagementRevision> revision(EngagementId id) {
		return this.workflow.revision(ref(id), EngagementValues.class)
			.map(r -> new EngagementRevision(r.revision(), EngagementSummary.draft(r)));
	}

	/**
	 * What the caller should edit: the open revision's values (with its version) when the
	 * caller may see it, else the published engagement.
	 * @throws NotFoundException if there is neither
	 */
	@Transactional(readOnly = true)
	public EngagementSummary editable(EngagementId id) {
		return revision(id).map(EngagementRevision::proposed).orElseGet(() -> get(id));
	}

	/**
	 * A writer of engagements for one import, in the caller's transaction, opened after
	 * the import's agreements are written: reads the rules' facts of every agreement of
	 * the registry now (those the transaction wrote included, later ones not), then
	 * creates or replaces each batch's engagements by key in a few statements rather than
	 * a few per engagement, writing nothing for those unchanged. An engagement breaking a
	 * rule is refused ({@link org.twinningregistry.shared.UpsertResult#refused}); one
	 * written carries its warnings (dated outside its agreement's life). Each write is
	 * authorized as {@link #record} and {@link #update} publish: a curator of a party of
	 * the engagement's agreement, and for a change, of its stored agreement's too (else
	 * {@link org.springframework.security.access.AccessDeniedException}). Engagements
	 * loaded earlier in the same transaction are not refreshed.
	 */
	public BulkWriter<UpsertEngagement> bulkWriter() {
		EngagementChecks checks = this.upserts.checks();
		return rows -> this.upserts.write(checks, rows);
	}

	/**
	 * Deletes an engagement.
	 * @throws ConflictException if the version is stale, a revision of it is open, or
	 * another module's records (documents) hang under it
	 */
	@Transactional
	public void delete(EngagementId id, long version) {
		this.removal.delete(id, version);
	}

	/** The engagement as a record of the workflow. */
	public static RecordRef ref(EngagementId id) {
		return new RecordRef(RECORDS, id.value());
	}

	/**
	 * What is odd but allowed about these values (dated outside its agreement's life).
	 */
	@Transactional(readOnly = true)
	public List<Violation> warnings(EngagementValues values) {
		return this.queries.warnings(values);
	}

	/** The engagement, or empty if there is none with this id. */
	@Transactional(readOnly = true)
	public Optional<EngagementSummary> find(EngagementId id) {
		return this.queries.find(id);
	}

	/**
	 * The engagement.
	 * @throws NotFoundException if there is none with this id
	 */
	@Transactional(readOnly = true)
	public EngagementSummary get(EngagementId id) {
		return this.queries.get(id);
	}

	/** A page of engagements matching the criteria. */
	@Transactional(readOnly = true)
	public Page<EngagementSummary> search(EngagementCriteria criteria, Pageable page) {
		return this.queries.search(criteria, page);
	}

	/** Every engagement matching the criteria, by year then date. */
	@Transactional(readOnly = true)
	public List<EngagementSummary> list(EngagementCriteria criteria) {
		return this.queries.list(criteria);
	}

	@Transactional(readOnly = true)
	public long count() {
		return this.queries.count();
	}

	/** How many engagements hang under the agreement. */
	@Transactional(readOnly = true)
	public long countByAgreement(AgreementId agreement) {
		return this.queries.countByAgreement(agreement);
	}

	/** Hands every engagement to the consumer in id order, a page at a time. */
	@Transactional(readOnly = true)
	public void forEach(Consumer<EngagementSummary> consumer) {
		this.queries.forEach(consumer);
	}

}
