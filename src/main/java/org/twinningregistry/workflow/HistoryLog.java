package org.twinningregistry.workflow;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.twinningregistry.account.AccessControl;
import org.twinningregistry.account.RegistryRole;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.workflow.domain.ConfirmationRepository;
import org.twinningregistry.workflow.internal.HistoryBatch;
import org.twinningregistry.workflow.domain.HistoryRecord;
import org.twinningregistry.workflow.domain.HistoryRepository;
import org.twinningregistry.workflow.domain.Revision;

/**
 * The history of every reviewed record: the published changes (a curator's write, an
 * import, a delete, an approval), the workflow's steps, the confirmations, and reading a
 * record's history back for those who may see it. A change of the published values clears
 * the record's confirmations.
 */
@Service
public class HistoryLog {

	/**
	 * The record id of an import's one entry for the records it creates (no record's id:
	 * ids never hold parentheses).
	 */
	static final String IMPORT_RECORD = "(import)";

	private final HistoryRepository history;

	private final HistoryBatch batch;

	private final ConfirmationRepository confirmations;

	private final AccessControl access;

	private final WorkflowText text;

	private final Clock clock;

	HistoryLog(HistoryRepository history, HistoryBatch batch, ConfirmationRepository confirmations,
			AccessControl access, WorkflowText text, Clock clock) {
		this.history = history;
		this.batch = batch;
		this.confirmations = confirmations;
		this.access = access;
		this.text = text;
		this.clock = clock;
	}

	/**
	 * Records a direct change of the published record (a curator's write, an import, a
	 * delete). An update or import that changed no field is not recorded; a change of a
	 * field clears the record's confirmations.
	 */
	@Transactional
	public void recordPublished(RecordRef record, HistoryAction action, Map<String, @Nullable String> before,
			Map<String, @Nullable String> after) {
		List<FieldChange> changes = WorkflowText.diff(before, after);
		if (changes.isEmpty() && (action == HistoryAction.UPDATED || action == HistoryAction.IMPORTED)) {
			return;
		}
		if (!changes.isEmpty() && !before.isEmpty()) {
			// a change of the published values needs confirming again (a new record has
			// none: a delete cleared them)
			this.confirmations.clear(record.kind().key(), record.id());
		}
		String office = this.access.office(RegistryRole.CURATOR, WorkflowText.partiesOf(before, after));
		save(record.kind().key(), record.id(),
				new HistoryRecord.Step(this.access.actor(), office, action,
						ImportedValues.isCreation(action, before) ? ImportedValues.STORED : this.text.write(changes),
						null, ""));
	}

	/**
	 * Records that a bulk import creates records of the kind, as one entry for them all
	 * (history IMPORTED, by the caller, now): each record created keeps the entry's id,
	 * and its history shows the entry as its creation ({@link #history}).
	 * @return the entry's id
	 */
	@Transactional
	public long recordImport(RecordKind kind) {
		return save(kind.key(), IMPORT_RECORD,
				new HistoryRecord.Step(this.access.actor(), this.access.office(RegistryRole.CURATOR, List.of()),
						HistoryAction.IMPORTED, ImportedValues.STORED, null, ""))
			.id();
	}

	/**
	 * Keeps, in the record's own history, its creation by an import, before the record
	 * (which holds the link to the import's entry) is deleted.
	 */
	@Transactional
	public void keepImportCreation(RecordRef record, long importEntry) {
		this.history.findById(importEntry)
			.ifPresent(
					creation -> this.history.save(new HistoryRecord(
							record.kind().key(), record.id(), new HistoryRecord.Step(creation.actor(),
									creation.actorOffice(), HistoryAction.IMPORTED, ImportedValues.STORED, null, ""),
							creation.at())));
	}

	/**
	 * Records many published changes of one kind of record at once, as a bulk import
	 * writes them: like {@link #recordPublished} for each, in a few statements.
	 */
	@Transactional
	public void recordPublishedAll(RecordKind kind, List<PublishedChange> changes) {
		List<HistoryBatch.Entry> entries = new ArrayList<>(changes.size());
		List<String> changed = new ArrayList<>();
		for (PublishedChange change : changes) {
			if (ImportedValues.isCreation(change.action(), change.before())) {
				entries.add(new HistoryBatch.Entry(change.id(), change.action().name(), ImportedValues.STORED));
				continue;
			}
			List<FieldChange> fields = WorkflowText.diff(change.before(), change.after());
			if (fields.isEmpty()
					&& (change.action() == HistoryAction.UPDATED || change.action() == HistoryAction.IMPORTED)) {
				continue;
			}
			if (!fields.isEmpty() && !change.before().isEmpty()) {
				changed.add(change.id());
			}
			entries.add(new HistoryBatch.Entry(change.id(), change.action().name(), this.text.write(fields)));
		}
		this.batch.clearConfirmations(kind.key(), changed);
		this.batch.insert(kind.key(),
				new HistoryBatch.Actor(this.access.actor(), this.access.office(RegistryRole.CURATOR, List.of())),
				this.clock.instant(), entries);
	}

	/**
	 * Records that a document was attached to or removed from a published record
	 * ({@link HistoryAction#DOCUMENT_ADDED} and the like), by the caller in the office
	 * they act in for its parties. The record's values do not change, so its
	 * confirmations stay.
	 * @param parties the record's parties (an engagement's are its agreement's)
	 * @param changes what the entry shows: the document's title, kind and file
	 */
	@Transactional
	public void recordDocument(RecordRef record, Collection<GovernmentId> parties, HistoryAction action,
			List<FieldChange> changes) {
		String office = this.access.office(RegistryRole.REPORTER, parties);
		save(record.kind().key(), record.id(),
				new HistoryRecord.Step(this.access.actor(), office, action, this.text.write(changes), null, ""));
	}

	/** Records a party government's confirmation (history CONFIRMED, public). */
	@Transactional
	public void recordConfirmation(RecordRef record, GovernmentId party) {
		String changes = this.text.write(List.of(new FieldChange("confirmedBy", null, party.value())));
		save(record.kind().key(), record.id(), new HistoryRecord.Step(this.access.actor(),
				this.access.office(RegistryRole.REPORTER, List.of(party)), HistoryAction.CONFIRMED, changes, null, ""));
	}

	/**
	 * Records an approval: the published fields' changes (which clear the record's
	 * confirmations when a field changed).
	 */
	void recordApproval(Revision revision, Map<String, @Nullable String> before, Map<String, @Nullable String> after) {
		if (!WorkflowText.diff(before, after).isEmpty()) {
			this.confirmations.clear(revision.kind(), revision.recordId());
		}
		recordStep(revision, HistoryAction.APPROVED, before, after, null);
	}

	/**
	 * Records a step of a revision, by the caller in the office the step needs (a
	 * reviewer's for an approval or a return, a reporter's otherwise).
	 */
	void recordStep(Revision revision, HistoryAction action, Map<String, @Nullable String> before,
			Map<String, @Nullable String> after, @Nullable String reason) {
		String changes = this.text.write(WorkflowText.diff(before, after));
		RegistryRole least = (action == HistoryAction.APPROVED || action == HistoryAction.RETURNED)
				? RegistryRole.REVIEWER : RegistryRole.REPORTER;
		String office = this.access.office(least, WorkflowText.parties(revision.parties()));
		save(revision.kind(), revision.recordId(),
				new HistoryRecord.Step(this.access.actor(), office, action, changes, reason, revision.parties()));
	}

	/**
	 * The record's history, oldest first: every entry for those who may report for one of
	 * the parties (or above; when the record is neither published nor open, the parties
	 * of its last workflow step), only the entries of published changes
	 * ({@link HistoryAction#isPublished()}) for everyone else. Each entry names the
	 * office its actor acted in; only those who may review the record also see the user
	 * name ({@link HistoryEntry#account()}).
	 * @param current the record's published fields now, empty when it is not published
	 * (the values an import created it with are found from them)
	 * @param importEntry the entry of the import that created the record, if one did
	 * ({@link #recordImport})
	 */
	@Transactional(readOnly = true)
	public List<HistoryEntry> history(RecordRef record, Collection<GovernmentId> parties,
			Map<String, @Nullable String> current, @Nullable Long importEntry) {
		List<HistoryRecord> entries = new ArrayList<>(
				this.history.findByKindAndRecordIdOrderByAtAscIdAsc(record.kind().key(), record.id()));
		if (importEntry != null) {
			// the import's one entry is this incarnation's creation, in time order among
			// the record's own entries
			this.history.findById(importEntry).ifPresent(creation -> insertInOrder(entries, creation));
		}
		Collection<GovernmentId> scope = parties;
		if (scope.isEmpty()) {
			// neither published nor open: the parties of the last workflow step decide
			scope = entries.stream()
				.map(HistoryRecord::parties)
				.filter(p -> !p.isEmpty())
				.reduce((first, second) -> second)
				.map(WorkflowText::parties)
				.orElse(List.of());
		}
		boolean all = !scope.isEmpty() && this.access.mayReport(scope);
		boolean names = !scope.isEmpty() && this.access.mayReview(scope);
		List<HistoryEntry> read = entries.stream().map(entry -> this.text.entry(entry, names)).toList();
		return ImportedValues.restore(read, current)
			.stream()
			.filter(entry -> all || entry.action().isPublished())
			.toList();
	}

	private static void insertInOrder(List<HistoryRecord> entries, HistoryRecord creation) {
		Comparator<HistoryRecord> order = Comparator.comparing(HistoryRecord::at).thenComparingLong(HistoryRecord::id);
		int at = 0;
		while (at < entries.size() && order.compare(entries.get(at), creation) < 0) {
			at++;
		}
		entries.add(at, creation);
	}

	private HistoryRecord save(String kind, String recordId, HistoryRecord.Step step) {
		return this.history.save(new HistoryRecord(kind, recordId, step, this.clock.instant()));
	}

}
