package org.twinningregistry.engagement;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.twinningregistry.agreement.AgreementCriteria;
import org.twinningregistry.agreement.AgreementRegistry;
import org.twinningregistry.engagement.domain.AgreementFacts;
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

/**
 * The engagement log's facade: records, changes, finds and deletes engagements. Writes
 * need a curator; reads are public.
 */
@Service
public class EngagementLog {

	static final String KIND = "engagement";

	private final EntityManager entities;

	private final EngagementRepository engagements;

	private final AgreementRegistry agreements;

	private final EngagementBatchWriter batches;

	EngagementLog(EngagementRepository engagements, AgreementRegistry agreements, EntityManager entities,
			EngagementBatchWriter batches) {
		this.entities = entities;
		this.engagements = engagements;
		this.agreements = agreements;
		this.batches = batches;
	}

	/**
	 * Records a new engagement.
	 * @param id the key to give it, or {@code null} for a generated one
	 * @throws RuleViolationException if a value breaks a rule or the id is taken
	 */
	@Transactional
	@PreAuthorize("hasRole('CURATOR')")
	public EngagementSummary record(@Nullable EngagementId id, EngagementValues values) {
		EngagementId key = (id != null) ? id : new EngagementId("e-" + UUID.randomUUID());
		if (this.engagements.existsById(key.value())) {
			throw new RuleViolationException(Violation.of("id", "rule.id.taken", key.value()));
		}
		check(values);
		return this.engagements.save(new Engagement(key, values)).summary();
	}

	/**
	 * Replaces an engagement's values.
	 * @throws NotFoundException if there is no such engagement
	 * @throws ConflictException if someone changed it since {@code version}
	 */
	@Transactional
	@PreAuthorize("hasRole('CURATOR')")
	public EngagementSummary update(EngagementId id, long version, EngagementValues values) {
		Engagement engagement = load(id);
		if (engagement.version() != version) {
			throw ConflictException.staleVersion(KIND, id.value(), version, engagement.version());
		}
		check(values);
		engagement.apply(values);
		return this.engagements.saveAndFlush(engagement).summary();
	}

	/**
	 * Creates or replaces an engagement by key, as an import does, writing nothing if
	 * unchanged.
	 */
	@Transactional
	@PreAuthorize("hasRole('CURATOR')")
	public UpsertOutcome upsert(EngagementId id, EngagementValues values) {
		check(values);
		Optional<Engagement> existing = this.engagements.findById(id.value());
		if (existing.isEmpty()) {
			this.engagements.save(new Engagement(id, values));
			return UpsertOutcome.CREATED;
		}
		return existing.get().apply(values) ? UpsertOutcome.UPDATED : UpsertOutcome.UNCHANGED;
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
		return new EngagementChecks(facts);
	}

	/**
	 * Creates or replaces many engagements by key, as {@link #upsert} does one, writing
	 * nothing for those unchanged: the bulk import's one write, in a few statements per
	 * call rather than a few per engagement. Engagements loaded earlier in the same
	 * transaction are not refreshed.
	 * @param checks the rules, from {@link #checks()} in this transaction
	 * @param engagements engagements with distinct ids, typically a thousand at a time
	 * @return what became of each engagement, in order
	 * @throws RuleViolationException if any engagement breaks a rule; nothing is written
	 */
	@Transactional
	@PreAuthorize("hasRole('CURATOR')")
	public List<UpsertOutcome> upsertAll(EngagementChecks checks, List<UpsertEngagement> engagements) {
		for (UpsertEngagement engagement : engagements) {
			RuleViolationException.throwIfAny(checks.errors(engagement.values()));
		}
		return this.batches.upsert(engagements);
	}

	/**
	 * Deletes an engagement.
	 * @throws ConflictException if the version is stale
	 */
	@Transactional
	@PreAuthorize("hasRole('CURATOR')")
	public void delete(EngagementId id, long version) {
		Engagement engagement = load(id);
		if (engagement.version() != version) {
			throw ConflictException.staleVersion(KIND, id.value(), version, engagement.version());
		}
		this.engagements.delete(engagement);
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

	private void check(EngagementValues values) {
		AgreementFacts agreement = this.agreements.find(values.agreement()).map(AgreementFacts::of).orElse(null);
		RuleViolationException.throwIfAny(EngagementRules.check(values, agreement));
	}

}
