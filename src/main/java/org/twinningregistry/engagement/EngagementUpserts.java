package org.twinningregistry.engagement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.twinningregistry.account.AccessControl;
import org.twinningregistry.account.RegistryRole;
import org.twinningregistry.agreement.AgreementRegistry;
import org.twinningregistry.engagement.domain.AgreementFacts;
import org.twinningregistry.engagement.internal.EngagementBatchWriter;
import org.twinningregistry.shared.UpsertOutcome;
import org.twinningregistry.shared.UpsertResult;
import org.twinningregistry.shared.Violation;
import org.twinningregistry.workflow.HistoryAction;
import org.twinningregistry.workflow.HistoryLog;
import org.twinningregistry.workflow.PublishedChange;

/**
 * The bulk write of engagements ({@link EngagementLog#bulkWriter}): the rules' facts of
 * every agreement read once when a writer opens ({@link EngagementChecks}), then each
 * batch checked row by row without a query and written by the
 * {@link EngagementBatchWriter} in a few statements, with its history in one batch.
 */
@Component
class EngagementUpserts {

	private final EngagementBatchWriter batches;

	private final AgreementRegistry agreements;

	private final AccessControl access;

	private final HistoryLog history;

	private final EntityManager entities;

	private final Clock clock;

	EngagementUpserts(EngagementBatchWriter batches, AgreementRegistry agreements, AccessControl access,
			HistoryLog history, EntityManager entities, ObjectProvider<Clock> clock) {
		this.batches = batches;
		this.agreements = agreements;
		this.access = access;
		this.history = history;
		this.entities = entities;
		this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
	}

	/**
	 * The rules with the facts of every agreement of the registry, read now. Agreements
	 * that the current transaction wrote are included; those written later are not.
	 */
	@Transactional(readOnly = true)
	public EngagementChecks checks() {
		// the transaction's pending writes (an import's agreements) go to the table
		// first: the scan below forgets the persistence context page by page
		this.entities.flush();
		Map<String, AgreementFacts> facts = new HashMap<>();
		this.agreements.forEachValues((id, values) -> facts.put(id.value(), AgreementFacts.of(values)));
		return new EngagementChecks(facts, LocalDate.now(this.clock));
	}

	/**
	 * Checks and writes a batch: a row breaking a rule is refused, the others written
	 * with their warnings; then the engagements' persistence context is flushed and
	 * forgotten. Each write is authorized as a single write publishes: a curator of a
	 * party of the engagement's agreement, and for a change, of its stored agreement's
	 * too.
	 * @param checks the rules, from {@link #checks()} in this transaction
	 * @param rows engagements with distinct ids
	 * @throws org.springframework.security.access.AccessDeniedException if the caller may
	 * not publish one of them
	 */
	@Transactional
	public List<UpsertResult> write(EngagementChecks checks, List<UpsertEngagement> rows) {
		this.access.require(this.access.holds(RegistryRole.CURATOR), "import engagements");
		List<List<Violation>> errors = rows.stream().map(row -> checks.errors(row.values())).toList();
		List<UpsertEngagement> good = new ArrayList<>(rows.size());
		for (int i = 0; i < rows.size(); i++) {
			if (errors.get(i).isEmpty()) {
				checks.requirePublish(rows.get(i).values(), this.access);
				good.add(rows.get(i));
			}
		}
		List<UpsertOutcome> outcomes = writeChecked(checks, good);
		List<UpsertResult> results = new ArrayList<>(rows.size());
		int next = 0;
		for (int i = 0; i < rows.size(); i++) {
			results.add(errors.get(i).isEmpty()
					? UpsertResult.written(outcomes.get(next++), checks.warnings(rows.get(i).values()))
					: UpsertResult.refused(errors.get(i)));
		}
		this.entities.flush();
		this.entities.clear();
		return results;
	}

	private List<UpsertOutcome> writeChecked(EngagementChecks checks, List<UpsertEngagement> rows) {
		Map<String, EngagementBatchWriter.Stored> stored = this.batches.stored(rows);
		for (UpsertEngagement row : rows) {
			// as an update decides: changing a stored engagement needs its old
			// agreement's
			// parties too
			EngagementBatchWriter.Stored old = stored.get(row.id().value());
			if (old != null && !old.values().equals(row.values())) {
				checks.requirePublish(old.values(), this.access);
			}
		}
		EngagementBatchWriter.Written written = this.batches.write(rows, stored,
				() -> checks.importEntry(() -> this.history.recordImport(EngagementLog.RECORDS)));
		// the engagements created keep the import's one entry; each one changed gets its
		// own
		List<PublishedChange> changes = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			UpsertEngagement row = rows.get(i);
			if (written.outcomes().get(i) == UpsertOutcome.UPDATED) {
				changes.add(new PublishedChange(row.id().value(), HistoryAction.IMPORTED,
						EngagementFields.of(written.replaced().get(row.id().value())),
						EngagementFields.of(row.values())));
			}
		}
		this.history.recordPublishedAll(EngagementLog.RECORDS, changes);
		return written.outcomes();
	}

}
