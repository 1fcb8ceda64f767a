package org.twinningregistry.agreement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.twinningregistry.agreement.domain.Agreement;
import org.twinningregistry.agreement.domain.AgreementRepository;
import org.twinningregistry.agreement.domain.AgreementSearch;
import org.twinningregistry.account.AccessControl;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.gazetteer.GovernmentSummary;
import org.twinningregistry.shared.ConflictException;
import org.twinningregistry.shared.NotFoundException;
import org.twinningregistry.shared.PagedScan;
import org.twinningregistry.shared.PartialDate;
import org.twinningregistry.shared.RuleViolationException;
import org.twinningregistry.shared.UpsertOutcome;
import org.twinningregistry.shared.UpsertResult;
import org.twinningregistry.workflow.HistoryAction;
import org.twinningregistry.workflow.RecordRef;
import org.twinningregistry.workflow.HistoryLog;
import org.twinningregistry.workflow.OpenRevision;
import org.twinningregistry.workflow.RecordKind;
import org.twinningregistry.workflow.RecordWrites;
import org.twinningregistry.workflow.ReviewWorkflow;
import org.twinningregistry.workflow.RevisionSummary;

/**
 * The agreements' facade: registers, changes, finds and deletes agreements. Reads see
 * published agreements only and are public. A curator of a party publishes directly; a
 * reporter's create or change becomes a draft revision (the workflow's
 * {@link ReviewWorkflow} submits, approves and returns it). Every write goes to the
 * history. Publishes {@link AgreementRegistered} after a new agreement is published.
 */
@Service
public class AgreementRegistry {

	static final String KIND = "agreement";

	/** Agreements as a kind of record of the workflow. */
	public static final RecordKind RECORDS = AgreementKind.KIND;

	private final EntityManager entities;

	private final AgreementRepository agreements;

	private final Gazetteer gazetteer;

	private final ObjectProvider<AgreementReferences> references;

	private final AccessControl access;

	private final AgreementKind kind;

	private final RecordWrites writes;

	private final ReviewWorkflow workflow;

	private final HistoryLog history;

	private final AgreementUpserts upserts;

	private final Clock clock;

	AgreementRegistry(AgreementRepository agreements, Gazetteer gazetteer,
			ObjectProvider<AgreementReferences> references, ApplicationEventPublisher events, EntityManager entities,
			AccessControl access, AgreementKind kind, RecordWrites writes, ReviewWorkflow workflow, HistoryLog history,
			ObjectProvider<Clock> clock) {
		this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
		this.access = access;
		this.kind = kind;
		this.writes = writes;
		this.workflow = workflow;
		this.history = history;
		this.entities = entities;
		this.agreements = agreements;
		this.gazetteer = gazetteer;
		this.references = references;
		this.upserts = new AgreementUpserts(agreements, entities, gazetteer, events, history);
	}

	/**
	 * Registers a new agreement: published at once (history CREATED) when the caller may
	 * publish for a party (a curator), else proposed as a draft revision (history
	 * DRAFTED) that only the parties' reporters and those above them see until it is
	 * approved ({@link RecordWrites} decides). Publishes {@link AgreementRegistered} when
	 * published.
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
		return (draft != null) ? draftSummary(new OpenRevision<>(draft, values)) : get(id);
	}

	/**
	 * The agreement's open revision, if the caller may see it (a reporter of a party or
	 * someone above); empty otherwise, so that the public never learns of drafts.
	 */
	@Transactional(readOnly = true)
	public Optional<AgreementRevision> revision(AgreementId id) {
		return this.workflow.revision(ref(id), AgreementValues.class)
			.map(r -> new AgreementRevision(r.revision(), draftSummary(r)));
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

	/**
	 * Creates or replaces an agreement by key, as an import does, writing nothing if
	 * unchanged (history IMPORTED). The one-row form of {@link #upsertAll}.
	 * @throws RuleViolationException if a value breaks a rule
	 */
	@Transactional
	public UpsertOutcome upsert(AgreementId id, AgreementValues values) {
		return upsertAll(List.of(new UpsertAgreement(id, values))).get(0).orThrow();
	}

	/**
	 * Creates or replaces many agreements by key, as an import does, in a few statements
	 * rather than a few per agreement. Each is checked by the rules {@link #register}
	 * applies, the agreement it supersedes sought among the stored agreements and those
	 * written earlier in the list (so a superseded agreement comes before the agreements
	 * superseding it). An agreement that breaks a rule is not written, and a later one
	 * superseding it finds no such agreement. Nothing is written for an agreement whose
	 * values are those already stored. The parties' facts, the stored agreements and
	 * those superseded are read once for the list; the writes are flushed once, the
	 * superseded agreements' supersession facts then refreshed, and the history
	 * (IMPORTED) recorded in one batch. Publishes {@link AgreementRegistered} for each
	 * agreement created.
	 * @param rows the agreements, typically up to a thousand at a time
	 * @return what became of each agreement, in order: its outcome, or the rules it
	 * breaks
	 * @throws org.springframework.security.access.AccessDeniedException unless the caller
	 * may publish agreements of each row's parties (a curator), and for an agreement it
	 * changes, of the stored agreement's parties too, as {@link #update} publishes;
	 * nothing is written
	 */
	@Transactional
	public List<UpsertResult> upsertAll(List<UpsertAgreement> rows) {
		for (UpsertAgreement row : rows) {
			requirePublish(row.values().partyA(), row.values().partyB());
		}
		// as update() decides: changing a stored agreement needs its old parties too
		return this.upserts.upsertAll(rows, stored -> requirePublish(stored.partyA(), stored.partyB()),
				LocalDate.now(this.clock));
	}

	/**
	 * Deletes an agreement that nothing hangs under.
	 * @throws ConflictException if the version is stale, engagements hang under it or a
	 * later agreement supersedes it
	 */
	@Transactional
	public void delete(AgreementId id, long version) {
		Agreement agreement = load(id);
		requirePublish(agreement.values().partyA(), agreement.values().partyB());
		if (agreement.version() != version) {
			throw ConflictException.staleVersion(KIND, id.value(), version, agreement.version());
		}
		this.workflow.refuseDeleteWhileOpen(ref(id), KIND);
		int superseding = this.agreements.findBySupersedes(id.value()).size();
		if (superseding > 0) {
			throw new ConflictException("error.agreement.in-use", id.value(), superseding, "kind.agreements");
		}
		for (AgreementReferences reference : this.references.orderedStream().toList()) {
			long count = reference.countReferencesTo(id);
			if (count > 0) {
				throw new ConflictException("error.agreement.in-use", id.value(), count, reference.kindKey());
			}
		}
		this.agreements.delete(agreement);
		this.kind.refreshSupersession(agreement.values().supersedes());
		this.history.recordPublished(ref(id), HistoryAction.DELETED, AgreementFields.of(agreement.values()), Map.of());
	}

	/** The agreement, or empty if there is none with this id. */
	@Transactional(readOnly = true)
	public Optional<AgreementSummary> find(AgreementId id) {
		return this.agreements.findById(id.value()).map(this::summary);
	}

	/**
	 * The agreement.
	 * @throws NotFoundException if there is none with this id
	 */
	@Transactional(readOnly = true)
	public AgreementSummary get(AgreementId id) {
		return summary(load(id));
	}

	/** A page of agreements matching the criteria. */
	@Transactional(readOnly = true)
	public Page<AgreementSummary> search(AgreementCriteria criteria, Pageable page) {
		return this.agreements.findAll(AgreementSearch.matching(criteria), page).map(this::summary);
	}

	/**
	 * Every agreement matching the criteria, sorted by signing date (for pages and other
	 * modules).
	 */
	@Transactional(readOnly = true)
	public List<AgreementSummary> list(AgreementCriteria criteria) {
		return this.agreements.findAll(AgreementSearch.matching(criteria), Sort.by("signedOn", "id"))
			.stream()
			.map(this::summary)
			.toList();
	}

	/** Summaries of the agreements among {@code ids} that exist, by id. */
	@Transactional(readOnly = true)
	public Map<AgreementId, AgreementSummary> summaries(Collection<AgreementId> ids) {
		return this.agreements.findAllById(ids.stream().map(AgreementId::value).distinct().toList())
			.stream()
			.map(this::summary)
			.collect(Collectors.toMap(AgreementSummary::id, s -> s));
	}

	@Transactional(readOnly = true)
	public long count() {
		return this.agreements.count();
	}

	/** How many agreements name the government as a party. */
	@Transactional(readOnly = true)
	public long countByParty(GovernmentId government) {
		return this.agreements.countByParty(government.value());
	}

	/**
	 * The governments among {@code governments} that are a party to some agreement, in a
	 * query per thousand governments.
	 */
	@Transactional(readOnly = true)
	public Set<GovernmentId> partiesAmong(Collection<GovernmentId> governments) {
		Set<GovernmentId> wanted = Set.copyOf(governments);
		List<String> ids = wanted.stream().map(GovernmentId::value).toList();
		Set<GovernmentId> parties = new java.util.HashSet<>();
		for (int from = 0; from < ids.size(); from += 1000) {
			for (Object[] pair : this.agreements
				.findPartiesAmong(ids.subList(from, Math.min(ids.size(), from + 1000)))) {
				parties.add(new GovernmentId((String) pair[0]));
				parties.add(new GovernmentId((String) pair[1]));
			}
		}
		parties.retainAll(wanted);
		return parties;
	}

	/** Hands every agreement to the consumer in id order, a page at a time. */
	@Transactional(readOnly = true)
	public void forEach(Consumer<AgreementSummary> consumer) {
		// a page at a time: the persistence context forgets what was handed on
		PagedScan.inIdOrder(500, this.agreements::findAll, a -> consumer.accept(summary(a)), this.entities::clear);
	}

	/**
	 * Hands the id and values of every agreement to the consumer in id order, a page at a
	 * time: {@link #forEach} without the supersession facts, which cost a query per
	 * agreement, for a caller that reads many agreements' values (a bulk import's
	 * checks).
	 */
	@Transactional(readOnly = true)
	public void forEachValues(BiConsumer<AgreementId, AgreementValues> consumer) {
		PagedScan.inIdOrder(1000, this.agreements::findAll, a -> consumer.accept(a.id(), a.values()),
				this.entities::clear);
	}

	/** Refreshes the copied facts of a party in every agreement that names it. */
	@Transactional
	public void refreshParty(GovernmentSummary government) {
		AgreementParty party = party(government);
		for (Agreement agreement : this.agreements.findByParty(government.id().value())) {
			agreement.copyParty(party);
		}
	}

	/** Writes straight to the published registry need a curator of one of the parties. */
	private void requirePublish(GovernmentId... parties) {
		this.access.require(this.access.mayPublish(List.of(parties)), "publish agreements of "
				+ java.util.Arrays.stream(parties).map(GovernmentId::value).collect(Collectors.joining(" or ")));
	}

	/** The agreement as a record of the workflow. */
	public static RecordRef ref(AgreementId id) {
		return new RecordRef(RECORDS, id.value());
	}

	/** The summary of a draft: the proposed values with the parties' facts. */
	public AgreementSummary draftSummary(OpenRevision<AgreementValues> draft) {
		AgreementValues values = draft.values();
		RevisionSummary revision = draft.revision();
		Map<GovernmentId, GovernmentSummary> parties = this.gazetteer
			.summaries(List.of(values.partyA(), values.partyB()));
		return new AgreementSummary(new AgreementId(revision.record().id()), values,
				party(parties.get(values.partyA())), party(parties.get(values.partyB())), List.of(), revision.version(),
				revision.state());
	}

	private Agreement load(AgreementId id) {
		return this.agreements.findById(id.value()).orElseThrow(() -> new NotFoundException(KIND, id.value()));
	}

	static AgreementParty party(GovernmentSummary government) {
		return new AgreementParty(government.id(), government.name(), government.nameLocal(), government.country(),
				government.subdivision());
	}

	private AgreementSummary summary(Agreement agreement) {
		List<PartialDate> supersededBy = this.agreements.findBySupersedes(agreement.id().value())
			.stream()
			.map(a -> a.values().signed())
			.toList();
		return new AgreementSummary(agreement.id(), agreement.values(), agreement.partyA(), agreement.partyB(),
				supersededBy, agreement.version());
	}

	private AgreementId newId(AgreementValues values) {
		String base = values.partyA().value() + "_" + values.partyB().value();
		if (base.length() > 60) {
			base = "agreement-" + Integer.toHexString(base.hashCode());
		}
		String candidate = base;
		for (int n = 2; this.agreements.existsById(candidate)
				|| this.workflow.hasOpen(ref(new AgreementId(candidate))); n++) {
			candidate = base + "-" + n;
		}
		return new AgreementId(candidate);
	}

}
