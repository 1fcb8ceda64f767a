package org.twinningregistry.agreement;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.twinningregistry.agreement.domain.Agreement;
import org.twinningregistry.agreement.domain.AgreementRepository;
import org.twinningregistry.agreement.domain.AgreementRules;
import org.twinningregistry.agreement.domain.AgreementSearch;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.gazetteer.GovernmentSummary;
import org.twinningregistry.shared.ConflictException;
import org.twinningregistry.shared.NotFoundException;
import org.twinningregistry.shared.PagedScan;
import org.twinningregistry.shared.PartialDate;
import org.twinningregistry.shared.RuleViolationException;
import org.twinningregistry.shared.UpsertOutcome;
import org.twinningregistry.shared.Violation;

/**
 * The agreements' facade: registers, changes, finds and deletes agreements. Writes need a
 * curator; reads are public. Publishes {@link AgreementRegistered} after a new agreement
 * is saved.
 */
@Service
public class AgreementRegistry {

	static final String KIND = "agreement";

	private final EntityManager entities;

	private final AgreementRepository agreements;

	private final Gazetteer gazetteer;

	private final ObjectProvider<AgreementReferences> references;

	private final ApplicationEventPublisher events;

	AgreementRegistry(AgreementRepository agreements, Gazetteer gazetteer,
			ObjectProvider<AgreementReferences> references, ApplicationEventPublisher events, EntityManager entities) {
		this.entities = entities;
		this.agreements = agreements;
		this.gazetteer = gazetteer;
		this.references = references;
		this.events = events;
	}

	/**
	 * Registers a new agreement.
	 * @param id the key to give it, or {@code null} to derive one from its parties
	 * @throws RuleViolationException if a value breaks a rule or the id is taken
	 */
	@Transactional
	@PreAuthorize("hasRole('CURATOR')")
	public AgreementSummary register(@Nullable AgreementId id, AgreementValues values) {
		AgreementId key = (id != null) ? id : newId(values);
		if (this.agreements.existsById(key.value())) {
			throw new RuleViolationException(Violation.of("id", "rule.id.taken", key.value()));
		}
		check(key, values);
		Agreement agreement = new Agreement(key, values);
		copyParties(agreement);
		this.agreements.save(agreement);
		refreshSupersession(values.supersedes());
		this.events.publishEvent(new AgreementRegistered(key));
		return summary(agreement);
	}

	/**
	 * Replaces an agreement's values.
	 * @param version the version the change was based on
	 * @throws NotFoundException if there is no such agreement
	 * @throws ConflictException if someone changed it since {@code version}
	 */
	@Transactional
	@PreAuthorize("hasRole('CURATOR')")
	public AgreementSummary update(AgreementId id, long version, AgreementValues values) {
		Agreement agreement = load(id);
		if (agreement.version() != version) {
			throw ConflictException.staleVersion(KIND, id.value(), version, agreement.version());
		}
		check(id, values);
		AgreementId before = agreement.values().supersedes();
		if (agreement.apply(values)) {
			copyParties(agreement);
			refreshSupersession(before, values.supersedes());
		}
		return summary(this.agreements.saveAndFlush(agreement));
	}

	/**
	 * Creates or replaces an agreement by key, as an import does, writing nothing if
	 * unchanged.
	 */
	@Transactional
	@PreAuthorize("hasRole('CURATOR')")
	public UpsertOutcome upsert(AgreementId id, AgreementValues values) {
		check(id, values);
		Optional<Agreement> existing = this.agreements.findById(id.value());
		if (existing.isEmpty()) {
			Agreement agreement = new Agreement(id, values);
			copyParties(agreement);
			this.agreements.save(agreement);
			refreshSupersession(values.supersedes());
			this.events.publishEvent(new AgreementRegistered(id));
			return UpsertOutcome.CREATED;
		}
		AgreementId before = existing.get().values().supersedes();
		if (!existing.get().apply(values)) {
			return UpsertOutcome.UNCHANGED;
		}
		copyParties(existing.get());
		refreshSupersession(before, values.supersedes());
		return UpsertOutcome.UPDATED;
	}

	/**
	 * Deletes an agreement that nothing hangs under.
	 * @throws ConflictException if the version is stale, engagements hang under it or a
	 * later agreement supersedes it
	 */
	@Transactional
	@PreAuthorize("hasRole('CURATOR')")
	public void delete(AgreementId id, long version) {
		Agreement agreement = load(id);
		if (agreement.version() != version) {
			throw ConflictException.staleVersion(KIND, id.value(), version, agreement.version());
		}
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
		refreshSupersession(agreement.values().supersedes());
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

	/**
	 * Records on each named agreement when the first agreement superseding it was signed,
	 * the fact {@link CurrentAgreementRule#SQL} reads. A change there is a change of that
	 * agreement.
	 */
	private void refreshSupersession(@Nullable AgreementId... superseded) {
		this.agreements.flush();
		for (AgreementId id : superseded) {
			if (id != null) {
				this.agreements.findById(id.value())
					.ifPresent(a -> a.supersededOn(this.agreements.firstSupersedingSignedOn(id.value())));
			}
		}
	}

	private Agreement load(AgreementId id) {
		return this.agreements.findById(id.value()).orElseThrow(() -> new NotFoundException(KIND, id.value()));
	}

	private void check(AgreementId id, AgreementValues values) {
		Map<GovernmentId, GovernmentSummary> parties = this.gazetteer
			.summaries(List.of(values.partyA(), values.partyB()));
		RuleViolationException.throwIfAny(AgreementRules.check(id, values, parties::containsKey,
				other -> this.agreements.findById(other.value()).map(Agreement::values)));
	}

	private void copyParties(Agreement agreement) {
		AgreementValues values = agreement.values();
		Map<GovernmentId, GovernmentSummary> parties = this.gazetteer
			.summaries(List.of(values.partyA(), values.partyB()));
		agreement.copyParty(party(parties.get(values.partyA())));
		agreement.copyParty(party(parties.get(values.partyB())));
	}

	private static AgreementParty party(GovernmentSummary government) {
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
		for (int n = 2; this.agreements.existsById(candidate); n++) {
			candidate = base + "-" + n;
		}
		return new AgreementId(candidate);
	}

}
