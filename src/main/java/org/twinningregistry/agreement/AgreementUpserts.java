package org.twinningregistry.agreement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.twinningregistry.account.AccessControl;
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
 * The bulk write of agreements ({@link AgreementRegistry#bulkWriter}): checks each
 * agreement with {@link AgreementRules} against facts read once for the batch (the
 * parties' summaries, the stored agreements and those they supersede), keeping track of
 * what the batch wrote so far, and writes the good ones through JPA with one flush; then
 * brings the superseded agreements' {@code superseded_on} up to date in one query
 * ({@link Supersession}) and records the history in one batch.
 */
@Component
class AgreementUpserts {

	private final AgreementRepository agreements;

	private final EntityManager entities;

	private final Gazetteer gazetteer;

	private final HistoryLog history;

	private final AccessControl access;

	private final Supersession supersession;

	private final Clock clock;

	AgreementUpserts(AgreementRepository agreements, EntityManager entities, Gazetteer gazetteer, HistoryLog history,
			AccessControl access, Supersession supersession, ObjectProvider<Clock> clock) {
		this.agreements = agreements;
		this.entities = entities;
		this.gazetteer = gazetteer;
		this.history = history;
		this.access = access;
		this.supersession = supersession;
		this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
	}

	/**
	 * One batch of a bulk writer (in the caller's transaction, or its own): written as
	 * {@link #write} writes it, then the agreements' persistence context is flushed and
	 * forgotten, so that later batches' queries do not check every agreement the import
	 * touched for changes.
	 */
	@Transactional
	public List<UpsertResult> writeBatch(List<UpsertAgreement> rows) {
		List<UpsertResult> results = write(rows);
		this.entities.flush();
		this.entities.clear();
		return results;
	}

	/**
	 * Checks and writes the rows.
	 * @throws org.springframework.security.access.AccessDeniedException unless the caller
	 * may publish agreements of each row's parties, and for a stored agreement it
	 * changes, of the stored one's parties too
	 */
	List<UpsertResult> write(List<UpsertAgreement> rows) {
		for (UpsertAgreement row : rows) {
			requirePublish(row.values());
		}
		LocalDate today = LocalDate.now(this.clock);
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
			results
				.add(violations.isEmpty() ? UpsertResult.written(write(row, batch)) : UpsertResult.refused(violations));
		}
		this.agreements.flush();
		this.supersession.refresh(batch.superseded, batch.stored);
		this.agreements.flush();
		this.history.recordPublishedAll(AgreementKind.KIND, batch.changes);
		return results;
	}

	/** Writes straight to the published registry need a curator of one of the parties. */
	private void requirePublish(AgreementValues values) {
		this.access.require(this.access.mayPublish(List.of(values.partyA(), values.partyB())),
				"publish agreements of " + values.partyA().value() + " or " + values.partyB().value());
	}

	private void load(Batch batch, List<String> ids) {
		if (!ids.isEmpty()) {
			this.agreements.findAllById(ids).forEach(a -> batch.stored.put(a.id().value(), a));
		}
	}

	private UpsertOutcome write(UpsertAgreement row, Batch batch) {
		AgreementValues values = row.values();
		Agreement existing = batch.stored.get(row.id().value());
		if (existing == null) {
			Agreement agreement = new Agreement(row.id(), values);
			AgreementKind.copyParties(agreement, batch.parties);
			// persisted, not merged: the instance stays the managed one that later rows
			// (superseding it) change
			this.entities.persist(agreement);
			batch.stored.put(row.id().value(), agreement);
			batch.superseded(values.supersedes());
			batch.changes.add(new PublishedChange(row.id().value(), HistoryAction.IMPORTED, Map.of(),
					AgreementFields.of(values)));
			return UpsertOutcome.CREATED;
		}
		AgreementValues before = existing.values();
		if (before.equals(values)) {
			return UpsertOutcome.UNCHANGED;
		}
		// as an update decides: changing a stored agreement needs its old parties too
		requirePublish(before);
		existing.apply(values);
		AgreementKind.copyParties(existing, batch.parties);
		batch.superseded(before.supersedes());
		batch.superseded(values.supersedes());
		batch.changes.add(new PublishedChange(row.id().value(), HistoryAction.IMPORTED, AgreementFields.of(before),
				AgreementFields.of(values)));
		return UpsertOutcome.UPDATED;
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
