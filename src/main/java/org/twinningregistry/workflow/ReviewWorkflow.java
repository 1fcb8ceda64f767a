package org.twinningregistry.workflow;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.shared.ConflictException;
import org.twinningregistry.shared.NotFoundException;

/**
 * The review workflow of every {@link ReviewedKind}: the open revision beside a published
 * record, its submission, approval (which publishes it through the kind) or return, its
 * discarding, the record's history and its confirmation by the parties. Who may do what
 * is decided from the parties' jurisdictions. The record's first write goes through
 * {@link RecordWrites}, which files a reporter's write as the draft this workflow then
 * carries.
 */
@Service
public class ReviewWorkflow {

	private final ReviewedKinds kinds;

	private final RevisionDesk desk;

	private final HistoryLog history;

	private final ConfirmationLedger ledger;

	private final RecordWrites writes;

	ReviewWorkflow(ReviewedKinds kinds, RevisionDesk desk, HistoryLog history, ConfirmationLedger ledger,
			RecordWrites writes) {
		this.kinds = kinds;
		this.desk = desk;
		this.history = history;
		this.ledger = ledger;
		this.writes = writes;
	}

	/**
	 * The record's open revision with its values, if the caller may see it (a reporter of
	 * a party or someone above); empty otherwise, so that the public never learns of
	 * drafts.
	 */
	@Transactional(readOnly = true)
	public Optional<OpenRevision<?>> revision(RecordRef record) {
		return this.desk.find(record).filter(this.desk::mayView).map(r -> open(record, r));
	}

	/** {@link #revision(RecordRef)} with the values as the kind's type. */
	@Transactional(readOnly = true)
	public <V> Optional<OpenRevision<V>> revision(RecordRef record, Class<V> type) {
		return revision(record).map(r -> r.as(type));
	}

	/**
	 * Submits the record's draft or returned revision for review.
	 * @throws NotFoundException if the record is neither published nor open
	 * @throws ConflictException if there is no open revision, or it is submitted already
	 */
	@Transactional
	public OpenRevision<?> submit(RecordRef record) {
		requireKnown(record);
		return open(record, this.desk.submit(record));
	}

	/**
	 * Approves the record's submitted revision: its values are published (every rule
	 * checked again) and the revision closes.
	 * @throws ConflictException if there is no submitted revision, the published record
	 * changed since the revision began, or another approval or edit won the race
	 * @throws org.twinningregistry.shared.RuleViolationException if a value now breaks a
	 * rule
	 */
	@Transactional
	public void approve(RecordRef record) {
		requireKnown(record);
		approve(this.kinds.of(record), record);
	}

	private <V> void approve(ReviewedKind<V> kind, RecordRef record) {
		this.desk.approve(record, kind.valuesType(),
				(values, base) -> this.writes.publishApproved(kind, record.id(), values, base));
	}

	/**
	 * Returns the record's submitted revision to its reporters with a reason.
	 * @throws org.twinningregistry.shared.BadRequestException if the reason is blank
	 */
	@Transactional
	public OpenRevision<?> returnForRevision(RecordRef record, @Nullable String reason) {
		requireKnown(record);
		return open(record, this.desk.returnForRevision(record, reason));
	}

	/**
	 * Discards the record's draft or returned revision.
	 * @param expectedVersion the revision's version the caller saw
	 * @throws ConflictException if it was changed since
	 */
	@Transactional
	public void discard(RecordRef record, long expectedVersion) {
		requireKnown(record);
		this.desk.discard(record, expectedVersion);
	}

	/**
	 * Confirms the published record for each party the caller reports for (or is above);
	 * a published change of its values clears the confirmations.
	 * @throws NotFoundException if it is not published
	 */
	@Transactional
	public Confirmations confirm(RecordRef record) {
		return this.ledger.confirm(record, publishedParties(this.kinds.of(record), record)
			.orElseThrow(() -> new NotFoundException(record.kind().key(), record.id())));
	}

	/** The published record's confirmations (none for an unknown one). */
	@Transactional(readOnly = true)
	public Confirmations confirmations(RecordRef record) {
		return this.ledger.confirmations(record, publishedParties(this.kinds.of(record), record).orElse(List.of()));
	}

	/**
	 * The record's history, oldest first: all of it for those in scope, the published
	 * changes for everyone else.
	 * @throws NotFoundException if nothing was ever recorded of it that the caller may
	 * see
	 */
	@Transactional(readOnly = true)
	public List<HistoryEntry> history(RecordRef record) {
		return history(this.kinds.of(record), record);
	}

	private <V> List<HistoryEntry> history(ReviewedKind<V> kind, RecordRef record) {
		Optional<ReviewedKind.Published<V>> published = kind.published(record.id());
		List<GovernmentId> parties = published.map(p -> List.copyOf(kind.parties(p.values())))
			.orElseGet(() -> this.desk.find(record).map(RevisionSummary::parties).orElse(List.of()));
		Map<String, @Nullable String> current = published.map(p -> kind.fields(p.values())).orElse(Map.of());
		List<HistoryEntry> entries = this.history.history(record, parties, current, kind.importEntry(record.id()));
		if (entries.isEmpty() && published.isEmpty()) {
			throw new NotFoundException(record.kind().key(), record.id());
		}
		return entries;
	}

	/** Whether the record is published or has an open revision. */
	@Transactional(readOnly = true)
	public boolean exists(RecordRef record) {
		return this.writes.exists(record);
	}

	/**
	 * Every open revision of a kind with its proposed values, whoever asks: for the
	 * guards of a delete, which must count the drafts that name a record as well as the
	 * published records (a draft plan under an agreement keeps the agreement from being
	 * deleted). Not for showing: the caller may not be allowed to see them.
	 */
	@Transactional(readOnly = true)
	public <V> List<OpenRevision<V>> openRevisions(RecordKind kind, Class<V> type) {
		return this.desk.all(kind, type);
	}

	/** Whether the record has an open revision. */
	@Transactional(readOnly = true)
	public boolean hasOpen(RecordRef record) {
		return this.desk.hasOpen(record);
	}

	/**
	 * Refuses to delete a record while a revision of it is open: someone's proposed
	 * change would be lost. The revision is approved, returned and discarded, or
	 * discarded, first.
	 * @param kindName the record's kind, as messages name it
	 * @throws ConflictException if a revision is open
	 */
	@Transactional(readOnly = true)
	public void refuseDeleteWhileOpen(RecordRef record, String kindName) {
		this.desk.find(record).ifPresent(revision -> {
			throw new ConflictException("error.revision.open-on-delete", kindName, record.id(),
					revision.state().name());
		});
	}

	private void requireKnown(RecordRef record) {
		if (!exists(record)) {
			throw new NotFoundException(record.kind().key(), record.id());
		}
	}

	private <V> Optional<List<GovernmentId>> publishedParties(ReviewedKind<V> kind, RecordRef record) {
		return kind.published(record.id()).map(p -> List.copyOf(kind.parties(p.values())));
	}

	private OpenRevision<?> open(RecordRef record, RevisionSummary revision) {
		return new OpenRevision<>(revision, this.desk.values(record, this.kinds.of(record).valuesType()));
	}

}
