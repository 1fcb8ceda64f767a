package org.twinningregistry.agreement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.twinningregistry.agreement.domain.Agreement;
import org.twinningregistry.agreement.domain.AgreementRepository;
import org.twinningregistry.agreement.domain.AgreementRules;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.gazetteer.GovernmentSummary;
import org.twinningregistry.shared.UpsertOutcome;
import org.twinningregistry.shared.UpsertResult;
import org.twinningregistry.shared.Violation;
import org.twinningregistry.workflow.HistoryAction;
import org.twinningregistry.workflow.PublishedChange;
import org.twinningregistry.workflow.HistoryLog;

/**
 * The writing half of {@link AgreementRegistry#upsertAll}: checks each agreement with
 * {@link AgreementRules} against facts read once for the whole list (the parties'
 * summaries, the stored agreements and those they supersede), keeping track of what the
 * list wrote so far, and writes the good ones through JPA with one flush; then brings the
 * superseded agreements' {@code superseded_on} up to date in one query and records the
 * history in one batch.
 */
final class AgreementUpserts {

	private final AgreementRepository agreements;

	private final EntityManager entities;

	private final Gazetteer gazetteer;

	private final ApplicationEventPublisher events;

	private final HistoryLog history;

	AgreementUpserts(AgreementRepository agreements, EntityManager entities, Gazetteer gazetteer,
			ApplicationEventPublisher events, HistoryLog history) {
		this.agreements = agreements;
		this.entities = entities;
		this.gazetteer = gazetteer;
		this.events = events;
		this.history = history;
	}

	/**
	 * Checks and writes the rows.
	 * @param mayChange throws unless the caller may change a stored agreement with these
	 * values, asked before each change of one
	 * @param today the registry's today, which bounds the dates
	 */
	List<UpsertResult> upsertAll(List<UpsertAgreement> rows, Consumer<AgreementValues> mayChange, LocalDate today) {
		Batch batch = new Batch(this.gazetteer.summaries(
				rows.stream().flatMap(r -> Stream.of(r.values().partyA(), r.values().partyB())).distinct().toList()));
		load(batch,
				rows.stream()
					.flatMap(r -> Stream.of(r.id(), r.values().supersedes()))
					.filter(Objects::nonNull)
					.map(AgreementId::value)
					.distinct()
					.toList());
		List<UpsertResult> results = new ArrayList<>(rows.size());
		for (UpsertAgreement row : rows) {
			List<Violation> violations = AgreementRules.check(row.id(), row.values(), batch.parties::containsKey,
					other -> Optional.ofNullable(batch.stored.get(other.value())).map(Agreement::values), today);
			results.add(violations.isEmpty() ? UpsertResult.written(write(row, batch, mayChange))
					: UpsertResult.refused(violations));
		}
		this.agreements.flush();
		refreshSupersession(batch);
		this.history.recordPublishedAll(AgreementKind.KIND, batch.changes);
		return results;
	}

	private void load(Batch batch, List<String> ids) {
		if (!ids.isEmpty()) {
			this.agreements.findAllById(ids).forEach(a -> batch.stored.put(a.id().value(), a));
		}
	}

	private UpsertOutcome write(UpsertAgreement row, Batch batch, Consumer<AgreementValues> mayChange) {
		AgreementValues values = row.values();
		Agreement existing = batch.stored.get(row.id().value());
		if (existing == null) {
			Agreement agreement = new Agreement(row.id(), values);
			copyParties(agreement, batch.parties);
			// persisted, not merged: the instance stays the managed one that later rows
			// (superseding it) change
			this.entities.persist(agreement);
			batch.stored.put(row.id().value(), agreement);
			batch.superseded(values.supersedes());
			this.events.publishEvent(new AgreementRegistered(row.id()));
			batch.changes.add(new PublishedChange(row.id().value(), HistoryAction.IMPORTED, Map.of(),
					AgreementFields.of(values)));
			return UpsertOutcome.CREATED;
		}
		AgreementValues before = existing.values();
		if (before.equals(values)) {
			return UpsertOutcome.UNCHANGED;
		}
		mayChange.accept(before);
		existing.apply(values);
		copyParties(existing, batch.parties);
		batch.superseded(before.supersedes());
		batch.superseded(values.supersedes());
		batch.changes.add(new PublishedChange(row.id().value(), HistoryAction.IMPORTED, AgreementFields.of(before),
				AgreementFields.of(values)));
		return UpsertOutcome.UPDATED;
	}

	/** Copies the parties' facts (names, places) the agreement keeps for search. */
	static void copyParties(Agreement agreement, Map<GovernmentId, GovernmentSummary> parties) {
		AgreementValues values = agreement.values();
		agreement.copyParty(AgreementRegistry.party(parties.get(values.partyA())));
		agreement.copyParty(AgreementRegistry.party(parties.get(values.partyB())));
	}

	/**
	 * Records on each agreement superseded (before or after a change) when the first
	 * agreement superseding it was signed, as
	 * {@code AgreementRegistry.refreshSupersession} does for one: the fact
	 * {@link CurrentAgreementRule#SQL} reads.
	 */
	private void refreshSupersession(Batch batch) {
		if (batch.superseded.isEmpty()) {
			return;
		}
		load(batch, batch.superseded.stream().filter(id -> !batch.stored.containsKey(id)).toList());
		Map<String, LocalDate> first = new HashMap<>();
		for (Object[] row : this.agreements.firstSupersedingSignedOn(batch.superseded)) {
			first.put((String) row[0], (LocalDate) row[1]);
		}
		for (String id : batch.superseded) {
			Agreement agreement = batch.stored.get(id);
			if (agreement != null) {
				agreement.supersededOn(first.get(id));
			}
		}
		this.agreements.flush();
	}

	/** What one call has read and written. */
	private static final class Batch {

		private final Map<GovernmentId, GovernmentSummary> parties;

		/** Stored agreements and those written so far, by id. */
		private final Map<String, Agreement> stored = new HashMap<>();

		/** Agreements whose superseding agreements may have changed. */
		private final Set<String> superseded = new LinkedHashSet<>();

		private final List<PublishedChange> changes = new ArrayList<>();

		Batch(Map<GovernmentId, GovernmentSummary> parties) {
			this.parties = parties;
		}

		void superseded(@Nullable AgreementId id) {
			if (id != null) {
				this.superseded.add(id.value());
			}
		}

	}

}
