package org.twinningregistry.engagement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.twinningregistry.account.AccessControl;
import org.twinningregistry.agreement.AgreementCriteria;
import org.twinningregistry.agreement.AgreementRegistry;
import org.twinningregistry.engagement.domain.AgreementFacts;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.engagement.domain.Engagement;
import org.twinningregistry.engagement.domain.EngagementBatchWriter;
import org.twinningregistry.engagement.domain.EngagementRepository;
import org.twinningregistry.engagement.domain.EngagementRules;
import org.twinningregistry.engagement.domain.EngagementSearch;
import org.twinningregistry.shared.ConflictException;
import org.twinningregistry.shared.NotFoundException;
import org.twinningregistry.shared.PagedScan;
import org.twinningregistry.shared.RuleViolationException;
import org.twinningregistry.shared.UpsertOutcome;
import org.twinningregistry.shared.Violation;
import org.twinningregistry.workflow.HistoryAction;
import org.twinningregistry.workflow.PublishedChange;
import org.twinningregistry.workflow.RecordKind;
import org.twinningregistry.workflow.RecordRef;
import org.twinningregistry.workflow.HistoryLog;
import org.twinningregistry.workflow.OpenRevision;
import org.twinningregistry.workflow.RecordWrites;
import org.twinningregistry.workflow.ReviewWorkflow;
import org.twinningregistry.workflow.RevisionSummary;

/**
 * The engagement log's facade: records, changes, finds and deletes engagements. Reads see
 * published engagements only and are public. A curator of a party of the engagement's
 * agreement publishes directly; a reporter's record or change becomes a draft revision
 * ({@link ReviewWorkflow} submits, approves and returns it), which must name a published
 * agreement. Every write goes to the history.
 */
@Service
public class EngagementLog {

	static final String KIND = "engagement";

	/** Engagements as a kind of record of the workflow. */
	public static final RecordKind RECORDS = EngagementKind.KIND;

	private final EntityManager entities;

	private final EngagementRepository engagements;

	private final AgreementRegistry agreements;

	private final AccessControl access;

	private final EngagementKind kind;

	private final RecordWrites writes;

	private final ReviewWorkflow workflow;

	private final HistoryLog history;

	private final EngagementBatchWriter batches;

	private final Clock clock;

	EngagementLog(EngagementRepository engagements, AgreementRegistry agreements, EntityManager entities,
			AccessControl access, EngagementKind kind, RecordWrites writes, ReviewWorkflow workflow, HistoryLog history,
			EngagementBatchWriter batches, ObjectProvider<Clock> clock) {
		this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
		this.access = access;
		this.kind = kind;
		this.writes = writes;
		this.workflow = workflow;
		this.history = history;
		this.batches = batches;
		this.entities = entities;
		this.engagements = engagements;
		this.agreements = agreements;
	}

	/**
	 * Records a new engagement: published at once (history CREATED) when the caller may
	 * publish for a party of its agreement (a curator), else proposed as a draft revision
	 * (history DRAFTED) ({@link RecordWrites} decides).
	 * @param id the key to give it, or {@code null} for a generated one
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
	 * The engagement rules with the facts of every agreement of the registry, read now,
	 * for checking many engagements at once (a bulk import). Agreements that the current
	 * transaction wrote are included; those written later are not.
	 */
	@Transactional(readOnly = true)
	public EngagementChecks checks() {
		// the transaction's pending writes (an import's agreements) go to the table
		// first:
		// the scan below forgets the persistence context page by page
		this.entities.flush();
		Map<String, AgreementFacts> facts = new HashMap<>();
		this.agreements.forEachValues((id, values) -> facts.put(id.value(), AgreementFacts.of(values)));
		return new EngagementChecks(facts, LocalDate.now(this.clock));
	}

	/**
	 * Creates or replaces many engagements by key, as an import does, writing nothing for
	 * those unchanged: the bulk import's one write, in a few statements per call rather
	 * than a few per engagement. Each write is authorized as {@link #record} and
	 * {@link #update} publish: a curator of a party of the engagement's agreement, and
	 * for a change, of its stored agreement's too. Engagements loaded earlier in the same
	 * transaction are not refreshed.
	 * @param checks the rules, from {@link #checks()} in this transaction
	 * @param engagements engagements with distinct ids, typically a thousand at a time
	 * @return what became of each engagement, in order
	 * @throws RuleViolationException if any engagement breaks a rule; nothing is written
	 * @throws org.springframework.security.access.AccessDeniedException if the caller may
	 * not publish one of them; nothing is written
	 */
	@Transactional
	public List<UpsertOutcome> upsertAll(EngagementChecks checks, List<UpsertEngagement> engagements) {
		this.access.require(this.access.holds(org.twinningregistry.account.RegistryRole.CURATOR), "import engagements");
		for (UpsertEngagement engagement : engagements) {
			RuleViolationException.throwIfAny(checks.errors(engagement.values()));
			checks.requirePublish(engagement.values(), this.access);
		}
		Map<String, EngagementBatchWriter.Stored> stored = this.batches.stored(engagements);
		for (UpsertEngagement engagement : engagements) {
			// as update() decides: changing a stored engagement needs its old agreement's
			// parties too
			EngagementBatchWriter.Stored old = stored.get(engagement.id().value());
			if (old != null && !old.values().equals(engagement.values())) {
				checks.requirePublish(old.values(), this.access);
			}
		}
		EngagementBatchWriter.Written written = this.batches.write(engagements, stored,
				() -> checks.importEntry(() -> this.history.recordImport(RECORDS)));
		// the engagements created keep the import's one entry; each one changed gets its
		// own
		List<PublishedChange> changes = new java.util.ArrayList<>();
		for (int i = 0; i < engagements.size(); i++) {
			UpsertEngagement engagement = engagements.get(i);
			if (written.outcomes().get(i) == UpsertOutcome.UPDATED) {
				changes.add(new PublishedChange(engagement.id().value(), HistoryAction.IMPORTED,
						EngagementFields.of(written.replaced().get(engagement.id().value())),
						EngagementFields.of(engagement.values())));
			}
		}
		this.history.recordPublishedAll(RECORDS, changes);
		return written.outcomes();
	}

	/**
	 * Deletes an engagement.
	 * @throws ConflictException if the version is stale
	 */
	@Transactional
	public void delete(EngagementId id, long version) {
		Engagement engagement = load(id);
		requirePublish(engagement.summary().values());
		if (engagement.version() != version) {
			throw ConflictException.staleVersion(KIND, id.value(), version, engagement.version());
		}
		this.workflow.refuseDeleteWhileOpen(ref(id), KIND);
		if (engagement.importEntry() != null) {
			this.history.keepImportCreation(ref(id), engagement.importEntry());
		}
		this.engagements.delete(engagement);
		this.history.recordPublished(ref(id), HistoryAction.DELETED, EngagementFields.of(engagement.values()),
				Map.of());
	}

	/**
	 * Writes straight to the published log need a curator of one of the parties of the
	 * engagement's agreement (an unknown agreement is left to the rules to report).
	 */
	private void requirePublish(EngagementValues values) {
		this.agreements.find(values.agreement())
			.ifPresent(agreement -> this.access.require(
					this.access.mayPublish(List.of(agreement.values().partyA(), agreement.values().partyB())),
					"publish engagements of agreement " + agreement.id().value()));
	}

	/** The parties of the engagement's published agreement; empty if it has none. */
	public Set<GovernmentId> parties(EngagementValues values) {
		return this.kind.parties(values);
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
		return this.agreements.find(values.agreement())
			.map(agreement -> EngagementRules.warnings(values, AgreementFacts.of(agreement)))
			.orElse(List.of());
	}

	/** The engagement, or empty if there is none with this id. */
	@Transactional(readOnly = true)
	public Optional<EngagementSummary> find(EngagementId id) {
		return this.engagements.findById(id.value()).map(Engagement::summary);
	}

	/**
	 * The engagement.
	 * @throws NotFoundException if there is none with this id
	 */
	@Transactional(readOnly = true)
	public EngagementSummary get(EngagementId id) {
		return load(id).summary();
	}

	/** A page of engagements matching the criteria. */
	@Transactional(readOnly = true)
	public Page<EngagementSummary> search(EngagementCriteria criteria, Pageable page) {
		return this.engagements.findAll(EngagementSearch.matching(criteria, agreementsOf(criteria)), page)
			.map(Engagement::summary);
	}

	/** Every engagement matching the criteria, by year then date. */
	@Transactional(readOnly = true)
	public List<EngagementSummary> list(EngagementCriteria criteria) {
		return this.engagements
			.findAll(EngagementSearch.matching(criteria, agreementsOf(criteria)), Sort.by("year", "date", "id"))
			.stream()
			.map(Engagement::summary)
			.toList();
	}

	@Transactional(readOnly = true)
	public long count() {
		return this.engagements.count();
	}

	/** How many engagements hang under the agreement. */
	@Transactional(readOnly = true)
	public long countByAgreement(org.twinningregistry.agreement.AgreementId agreement) {
		return this.engagements.countByAgreement(agreement.value());
	}

	/** Hands every engagement to the consumer in id order, a page at a time. */
	@Transactional(readOnly = true)
	public void forEach(Consumer<EngagementSummary> consumer) {
		// a page at a time: the persistence context forgets what was handed on
		PagedScan.inIdOrder(1000, this.engagements::findAll, e -> consumer.accept(e.summary()), this.entities::clear);
	}

	private @Nullable List<String> agreementsOf(EngagementCriteria c) {
		if (!c.filtersParties()) {
			return null;
		}
		AgreementCriteria parties = new AgreementCriteria(null, c.country(), c.partnerCountry(), null, c.government(),
				null, null, null, null);
		return this.agreements.list(parties).stream().map(a -> a.id().value()).toList();
	}

	private Engagement load(EngagementId id) {
		return this.engagements.findById(id.value()).orElseThrow(() -> new NotFoundException(KIND, id.value()));
	}

}
