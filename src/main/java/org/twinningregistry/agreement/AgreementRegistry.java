package org.twinningregistry.agreement;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.gazetteer.GovernmentSummary;
import org.twinningregistry.shared.BulkWriter;
import org.twinningregistry.shared.ConflictException;
import org.twinningregistry.shared.NotFoundException;
import org.twinningregistry.shared.RuleViolationException;
import org.twinningregistry.shared.UpsertOutcome;
import org.twinningregistry.workflow.OpenRevision;
import org.twinningregistry.workflow.RecordKind;
import org.twinningregistry.workflow.RecordRef;
import org.twinningregistry.workflow.RecordWrites;
import org.twinningregistry.workflow.ReviewWorkflow;
import org.twinningregistry.workflow.RevisionSummary;

/**
 * The agreements' facade: registers, changes, finds and deletes agreements. Reads see
 * published agreements only and are public ({@link AgreementQueries}). Whether a write is
 * published at once (a curator of a party) or filed as a draft revision (a reporter) is
 * the workflow's to decide ({@link RecordWrites}; {@link ReviewWorkflow} submits,
 * approves and returns drafts), publishing is {@link AgreementKind}'s, bulk writes are
 * {@link AgreementUpserts}'. Every write goes to the history.
 */
@Service
public class AgreementRegistry {

	static final String KIND = "agreement";

	/** Agreements as a kind of record of the workflow. */
	public static final RecordKind RECORDS = AgreementKind.KIND;

	private final AgreementQueries queries;

	private final RecordWrites writes;

	private final ReviewWorkflow workflow;

	private final AgreementRemoval removal;

	private final AgreementUpserts upserts;

	private final AgreementKind kind;

	AgreementRegistry(AgreementQueries queries, RecordWrites writes, ReviewWorkflow workflow, AgreementRemoval removal,
			AgreementUpserts upserts, AgreementKind kind) {
		this.queries = queries;
		this.writes = writes;
		this.workflow = workflow;
		this.removal = removal;
		this.upserts = upserts;
		this.kind = kind;
	}

	/**
	 * Registers a new agreement: published at once (history CREATED) when the caller may
	 * publish for a party (a curator), else proposed as a draft revision (history
	 * DRAFTED) that only the parties' reporters and those above them see until it is
	 * approved.
	 * @param id the key to give it, or {@code null} to derive one from its parties
	 * @return the published agreement, or the draft's values (with
	 * {@link AgreementSummary#draft()} set and the revision's version)
	 * @throws RuleViolationException if a value breaks a rule or the id is taken (by a
	 * published agreement or an open revision)
	 */
	@Transactional
	public AgreementSummary register(@Nullable AgreementId id, AgreementValues values) {
		AgreementId key = (id != null) ? id : newId(values);
		return written(key, values, this.writes.create(ref(key), values));
	}

	/**
	 * Replaces an agreement's values: directly (history UPDATED) when the caller may
	 * publish for its parties, old and new; else in the open revision beside the
	 * published agreement (history DRAFTED or EDITED), which stays as it is until the
	 * revision is approved.
	 * @param version the version the change was based on: the open revision's when there
	 * is one the caller works on, else the published agreement's
	 * @throws NotFoundException if there is no such agreement nor a revision of it
	 * @throws ConflictException if someone changed it since {@code version}, or the
	 * revision is submitted (locked)
	 */
	@Transactional
	public AgreementSummary update(AgreementId id, long version, AgreementValues values) {
		return written(id, values, this.writes.update(ref(id), version, values));
	}

	private AgreementSummary written(AgreementId id, AgreementValues values, @Nullable RevisionSummary draft) {
		return (draft != null) ? this.queries.draftSummary(new OpenRevision<>(draft, values)) : get(id);
	}

	/**
	 * The agreement's open revision, if the caller may see it (a reporter of a party or
	 * someone above); empty otherwise, so that the public never learns of drafts.
	 */
	@Transactional(readOnly = true)
	public Optional<AgreementRevision> revision(AgreementId id) {
		return this.workflow.revision(ref(id), AgreementValues.class)
			.map(r -> new AgreementRevision(r.revision(), this.queries.draftSummary(r)));
	}

	/**
	 * What the caller should edit: the open revision's values (with its version) when the
	 * caller may see it, else the published agreement.
	 * @throws NotFoundException if there is neither
	 */
	@Transactional(readOnly = true)
	public AgreementSummary editable(AgreementId id) {
		return revision(id).map(AgreementRevision::proposed).orElseGet(() -> get(id));
	}

	/** The summary of a draft: the proposed values with the parties' facts. */
	@Transactional(readOnly = true)
	public AgreementSummary draftSummary(OpenRevision<AgreementValues> draft) {
		return this.queries.draftSummary(draft);
	}

	/**
	 * Creates or replaces an agreement by key, as an import does, writing nothing if
	 * unchanged (history IMPORTED): one row of {@link #bulkWriter}.
	 * @throws RuleViolationException if a value breaks a rule
	 */
	@Transactional
	public UpsertOutcome upsert(AgreementId id, AgreementValues values) {
		return this.upserts.write(List.of(new UpsertAgreement(id, values))).get(0).orThrow();
	}

	/**
	 * A writer of agreements for one import, in the caller's transaction: creates or
	 * replaces each batch's agreements by key in a few statements rather than a few per
	 * agreement. Each is checked by the rules {@link #register} applies, the agreement it
	 * supersedes sought among the stored agreements and those written earlier (so a
	 * superseded agreement comes before the agreements superseding it). An agreement that
	 * breaks a rule is refused, and a later one superseding it finds no such agreement.
	 * Nothing is written for an agreement whose values are those already stored. A
	 * batch's writes are flushed once, the superseded agreements' supersession facts then
	 * refreshed, the history (IMPORTED) recorded in one batch, and the agreements'
	 * persistence context forgotten. The writer throws
	 * {@link org.springframework.security.access.AccessDeniedException} unless the caller
	 * may publish agreements of each row's parties (a curator), and for an agreement it
	 * changes, of the stored agreement's parties too.
	 */
	public BulkWriter<UpsertAgreement> bulkWriter() {
		return this.upserts::writeBatch;
	}

	/**
	 * Deletes an agreement that nothing hangs under.
	 * @throws ConflictException if the version is stale, engagements hang under it or a
	 * later agreement supersedes it
	 */
	@Transactional
	public void delete(AgreementId id, long version) {
		this.removal.delete(id, version);
	}

	/** The agreement, or empty if there is none with this id. */
	@Transactional(readOnly = true)
	public Optional<AgreementSummary> find(AgreementId id) {
		return this.queries.find(id);
	}

	/**
	 * The agreement.
	 * @throws NotFoundException if there is none with this id
	 */
	@Transactional(readOnly = true)
	public AgreementSummary get(AgreementId id) {
		return this.queries.get(id);
	}

	/** A page of agreements matching the criteria. */
	@Transactional(readOnly = true)
	public Page<AgreementSummary> search(AgreementCriteria criteria, Pageable page) {
		return this.queries.search(criteria, page);
	}

	/**
	 * Every agreement matching the criteria, sorted by signing date (for pages and other
	 * modules).
	 */
	@Transactional(readOnly = true)
	public List<AgreementSummary> list(AgreementCriteria criteria) {
		return this.queries.list(criteria);
	}

	/** Summaries of the agreements among {@code ids} that exist, by id. */
	@Transactional(readOnly = true)
	public Map<AgreementId, AgreementSummary> summaries(Collection<AgreementId> ids) {
		return this.queries.summaries(ids);
	}

	@Transactional(readOnly = true)
	public long count() {
		return this.queries.count();
	}

	/** How many agreements name the government as a party. */
	@Transactional(readOnly = true)
	public long countByParty(GovernmentId government) {
		return this.queries.countByParty(government);
	}

	/**
	 * The governments among {@code governments} that are a party to some agreement, in a
	 * query per thousand governments.
	 */
	@Transactional(readOnly = true)
	public Set<GovernmentId> partiesAmong(Collection<GovernmentId> governments) {
		return this.queries.partiesAmong(governments);
	}

	/** Hands every agreement to the consumer in id order, a page at a time. */
	@Transactional(readOnly = true)
	public void forEach(Consumer<AgreementSummary> consumer) {
		this.queries.forEach(consumer);
	}

	/**
	 * Hands the id and values of every agreement to the consumer in id order, a page at a
	 * time: {@link #forEach} without the supersession facts, for a caller that reads many
	 * agreements' values (a bulk import's checks).
	 */
	@Transactional(readOnly = true)
	public void forEachValues(BiConsumer<AgreementId, AgreementValues> consumer) {
		this.queries.forEachValues(consumer);
	}

	/** Refreshes the copied facts of a party in every agreement that names it. */
	@Transactional
	public void refreshParty(GovernmentSummary government) {
		this.kind.refreshParty(government);
	}

	/** The agreement as a record of the workflow. */
	public static RecordRef ref(AgreementId id) {
		return new RecordRef(RECORDS, id.value());
	}

	private AgreementId newId(AgreementValues values) {
		String base = values.partyA().value() + "_" + values.partyB().value();
		if (base.length() > 60) {
			base = "agreement-" + Integer.toHexString(base.hashCode());
		}
		String candidate = base;
		for (int n = 2; this.queries.exists(new AgreementId(candidate))
				|| this.workflow.hasOpen(ref(new AgreementId(candidate))); n++) {
			candidate = base + "-" + n;
		}
		return new AgreementId(candidate);
	}

}
