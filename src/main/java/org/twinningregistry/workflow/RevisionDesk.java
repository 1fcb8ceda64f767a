package org.twinningregistry.workflow;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.twinningregistry.account.AccessControl;
import org.twinningregistry.account.RegistryRole;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.shared.BadRequestException;
import org.twinningregistry.shared.ConflictException;
import org.twinningregistry.workflow.domain.ConfirmationRepository;
import org.twinningregistry.workflow.domain.HistoryRecord;
import org.twinningregistry.workflow.domain.HistoryBatch;
import org.twinningregistry.workflow.domain.HistoryRepository;
import org.twinningregistry.workflow.domain.Revision;
import org.twinningregistry.workflow.domain.RevisionRepository;
import org.twinningregistry.shared.PlainText;

/**
 * The workflow's facade, called by the agreement and engagement facades: keeps each
 * record's open revision (draft, submitted, returned) beside the published record and
 * writes every change to the record's history. It decides who may report, submit, approve
 * and return, from the parties the revision concerns; publishing the approved values
 * stays with the record's own facade, which hands a {@link Publisher} to
 * {@link #approve}.
 */
@Service
public class RevisionDesk {

	private final RevisionRepository revisions;

	private final HistoryRepository history;

	private final AccessControl access;

	private final WorkflowText text;

	/**
	 * The record id of an import's one entry for the records it creates (no record's id:
	 * ids never hold parentheses).
	 */
	static final String IMPORT_RECORD = "(import)";

	private final Clock clock;

	private final ConfirmationRepository confirmations;

	private final HistoryBatch batch;

	RevisionDesk(RevisionRepository revisions, HistoryRepository history, AccessControl access, WorkflowText text,
			Clock clock, ConfirmationRepository confirmations, HistoryBatch batch) {
		this.batch = batch;
		this.confirmations = confirmations;
		this.revisions = revisions;
		this.history = history;
		this.access = access;
		this.text = text;
		this.clock = clock;
	}

	/**
	 * The record's open revision, whoever asks: for the record's facade, which decides
	 * what the caller sees. Empty when there is none.
	 */
	@Transactional(readOnly = true)
	public Optional<RevisionSummary> find(RecordRef record) {
		return open(record).map(this::summary);
	}

	/** Whether the record has an open revision. */
	@Transactional(readOnly = true)
	public boolean hasOpen(RecordRef record) {
		return this.revisions.existsByKindAndRecordId(record.kind().key(), record.id());
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
		open(record).ifPresent(revision -> {
			throw new ConflictException("error.revision.open-on-delete", kindName, record.id(),
					revision.state().name());
		});
	}

	/**
	 * Whether the caller may see and work on the revision (a reporter of a party, or a
	 * reviewer or curator above one).
	 */
	public boolean mayView(RevisionSummary revision) {
		return this.access.mayReport(revision.parties());
	}

	/**
	 * The proposed values of the record's open revision, read back as the type the facade
	 * stored.
	 * @throws ConflictException if the record has no open revision
	 */
	@Transactional(readOnly = true)
	public <T> T values(RecordRef record, Class<T> type) {
		return this.text.read(load(record).valuesJson(), type);
	}

	/**
	 * Starts or changes the record's open revision with a reporter's values (history
	 * DRAFTED or EDITED). A returned revision becomes a draft again.
	 * @param expectedVersion the revision's version the edit was based on, {@code null}
	 * to skip the check (a new draft)
	 * @throws org.springframework.security.access.AccessDeniedException unless the caller
	 * may report for the proposed parties and, for a published record, its parties
	 * @throws ConflictException if the revision is submitted (locked: the problem says by
	 * whom and who can unlock it) or was changed since {@code expectedVersion}
	 */
	@Transactional
	public RevisionSummary propose(RecordRef record, Proposal proposal, @Nullable Long expectedVersion) {
		Proposal.Published published = proposal.published();
		requireReport(proposal.parties(), record);
		if (published != null) {
			requireReport(published.parties(), record);
		}
		Revision.Content content = this.text.content(proposal);
		Optional<Revision> existing = open(record);
		if (existing.isEmpty()) {
			Revision revision = new Revision(record.kind().key(), record.id(),
					(published != null) ? published.version() : null, content, actor(), now());
			this.revisions.saveAndFlush(revision);
			Map<String, @Nullable String> before = (published != null) ? published.fields() : Map.of();
			step(revision, HistoryAction.DRAFTED, before, proposal.fields(), null);
			return summary(revision);
		}
		Revision revision = existing.get();
		requireReport(WorkflowText.parties(revision.parties()), record);
		requireEditable(revision);
		if (expectedVersion != null && expectedVersion != revision.version()) {
			throw ConflictException.staleVersion(record.kind().key(), record.id(), expectedVersion, revision.version());
		}
		Map<String, @Nullable String> before = this.text.fields(revision.fieldsJson());
		revision.revise(content, actor(), now());
		this.revisions.saveAndFlush(revision);
		step(revision, HistoryAction.EDITED, before, proposal.fields(), null);
		return summary(revision);
	}

	/**
	 * Submits the record's draft (or returned revision) for review (history SUBMITTED).
	 * @throws ConflictException if there is no open revision or it is submitted already
	 */
	@Transactional
	public RevisionSummary submit(RecordRef record) {
		Revision revision = load(record);
		requireReport(WorkflowText.parties(revision.parties()), record);
		requireEditable(revision);
		revision.submit(actor(), now());
		this.revisions.saveAndFlush(revision);
		step(revision, HistoryAction.SUBMITTED, Map.of(), Map.of(), null);
		return summary(revision);
	}

	/**
	 * Approves the record's submitted revision: the publisher applies its values to the
	 * published record (re-checking every rule), then the revision is closed (history
	 * APPROVED with the published fields' changes). Of two concurrent approvals, or an
	 * approval and an edit, one fails with an optimistic-lock failure (409).
	 * @throws org.springframework.security.access.AccessDeniedException unless the caller
	 * reviews a party's jurisdiction; a reviewer (not a curator) may not approve what
	 * they wrote or submitted
	 * @throws ConflictException if there is no submitted revision
	 */
	@Transactional
	public <T> void approve(RecordRef record, Class<T> type, Publisher<T> publisher) {
		Revision revision = load(record);
		List<GovernmentId> parties = WorkflowText.parties(revision.parties());
		this.access.require(this.access.mayReview(parties), "approve " + describe(record));
		String actor = actor();
		if (!this.access.mayPublish(parties)
				&& (actor.equals(revision.author()) || actor.equals(revision.submittedBy()))) {
			throw new AccessDeniedException(actor + " may not approve a revision they wrote.");
		}
		revision.beginApproval(actor, now());
		this.revisions.saveAndFlush(revision);
		Map<String, @Nullable String> before = publisher.publish(this.text.read(revision.valuesJson(), type),
				revision.baseVersion());
		Map<String, @Nullable String> after = this.text.fields(revision.fieldsJson());
		if (!WorkflowText.diff(before, after).isEmpty()) {
			this.confirmations.clear(record.kind().key(), record.id());
		}
		step(revision, HistoryAction.APPROVED, before, after, null);
		this.revisions.delete(revision);
		this.revisions.flush();
	}

	/**
	 * Returns the record's submitted revision to its reporters with a reason (history
	 * RETURNED); it is editable again.
	 * @throws BadRequestException if the reason is blank (400)
	 * @throws ConflictException if there is no submitted revision
	 */
	@Transactional
	public RevisionSummary returnForRevision(RecordRef record, @Nullable String reason) {
		Revision revision = load(record);
		this.access.require(this.access.mayReview(WorkflowText.parties(revision.parties())),
				"return " + describe(record));
		String text = PlainText.lines("reason", reason);
		if (text == null) {
			throw new BadRequestException("reason", "rule.reason.required");
		}
		revision.returnForRevision(text, actor(), now());
		this.revisions.saveAndFlush(revision);
		step(revision, HistoryAction.RETURNED, Map.of(), Map.of(), text);
		return summary(revision);
	}

	/**
	 * Drops the record's open draft or returned revision (history DISCARDED); the
	 * published record, if any, is untouched.
	 * @param expectedVersion the revision's version the caller saw
	 * @throws ConflictException if there is none, it is submitted (locked) or it was
	 * changed since {@code expectedVersion}
	 */
	@Transactional
	public void discard(RecordRef record, long expectedVersion) {
		Revision revision = load(record);
		requireReport(WorkflowText.parties(revision.parties()), record);
		requireEditable(revision);
		if (expectedVersion != revision.version()) {
			throw ConflictException.staleVersion(record.kind().key(), record.id(), expectedVersion, revision.version());
		}
		Map<String, @Nullable String> fields = this.text.fields(revision.fieldsJson());
		this.revisions.delete(revision);
		this.revisions.flush();
		step(revision, HistoryAction.DISCARDED, fields, Map.of(), null);
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
		this.history.save(new HistoryRecord(record.kind().key(), record.id(),
				new HistoryRecord.Step(actor(), office, action,
						ImportedValues.isCreation(action, before) ? ImportedValues.STORED : this.text.write(changes),
						null, ""),
				now()));
	}

	/**
	 * Records that a bulk import creates records of the kind, as one entry for them all
	 * (history IMPORTED, by the caller, now): each record created keeps the entry's id,
	 * and its history shows the entry as its creation ({@link #history}).
	 * @return the entry's id
	 */
	@Transactional
	public long recordImport(RecordKind kind) {
		return this.history
			.save(new HistoryRecord(kind.key(), IMPORT_RECORD,
					new HistoryRecord.Step(actor(), this.access.office(RegistryRole.CURATOR, List.of()),
							HistoryAction.IMPORTED, ImportedValues.STORED, null, ""),
					now()))
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
		List<HistoryBatch.Entry> entries = new java.util.ArrayList<>(changes.size());
		List<String> changed = new java.util.ArrayList<>();
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
				new HistoryBatch.Actor(actor(), this.access.office(RegistryRole.CURATOR, List.of())), now(), entries);
	}

	/** Records a party government's confirmation (history CONFIRMED, public). */
	@Transactional
	public void recordConfirmation(RecordRef record, GovernmentId party) {
		String changes = this.text.write(List.of(new FieldChange("confirmedBy", null, party.value())));
		this.history.save(new HistoryRecord(record.kind().key(), record.id(), new HistoryRecord.Step(actor(),
				this.access.office(RegistryRole.REPORTER, List.of(party)), HistoryAction.CONFIRMED, changes, null, ""),
				now()));
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
		List<HistoryRecord> entries = new java.util.ArrayList<>(
				this.history.findByKindAndRecordIdOrderByAtAscIdAsc(record.kind().key(), record.id()));
		if (importEntry != null) {
			// the import's one entry is this incarnation's creation, in time order among
			// the record's own entries
			this.history.findById(importEntry).ifPresent(creation -> {
				Comparator<HistoryRecord> order = Comparator.comparing(HistoryRecord::at)
					.thenComparingLong(HistoryRecord::id);
				int at = 0;
				while (at < entries.size() && order.compare(entries.get(at), creation) < 0) {
					at++;
				}
				entries.add(at, creation);
			});
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

	/**
	 * The open revisions the caller may see, oldest change first, in the state if given.
	 * @throws org.springframework.security.authentication.AuthenticationCredentialsNotFoundException
	 * when nobody signed in
	 */
	@Transactional(readOnly = true)
	public List<RevisionSummary> queue(@Nullable RevisionState state) {
		this.access.require(this.access.username().isPresent(), "see revisions");
		List<RevisionState> states = (state != null) ? List.of(state) : List.of(RevisionState.values());
		return this.revisions.findByStateInOrderByUpdatedAtAsc(states)
			.stream()
			.map(this::summary)
			.filter(this::mayView)
			.toList();
	}

	private void requireReport(Collection<GovernmentId> parties, RecordRef record) {
		this.access.require(this.access.mayReport(parties), "report " + describe(record));
	}

	private void requireEditable(Revision revision) {
		if (!revision.state().isEditable()) {
			throw this.text.locked(revision);
		}
	}

	private void step(Revision revision, HistoryAction action, Map<String, @Nullable String> before,
			Map<String, @Nullable String> after, @Nullable String reason) {
		String changes = this.text.write(WorkflowText.diff(before, after));
		RegistryRole least = (action == HistoryAction.APPROVED || action == HistoryAction.RETURNED)
				? RegistryRole.REVIEWER : RegistryRole.REPORTER;
		String office = this.access.office(least, WorkflowText.parties(revision.parties()));
		this.history.save(new HistoryRecord(revision.kind(), revision.recordId(),
				new HistoryRecord.Step(actor(), office, action, changes, reason, revision.parties()), now()));
	}

	private Optional<Revision> open(RecordRef record) {
		return this.revisions.findByKindAndRecordId(record.kind().key(), record.id());
	}

	private Revision load(RecordRef record) {
		return open(record)
			.orElseThrow(() -> new ConflictException("error.revision.none", record.kind().key(), record.id()));
	}

	private RevisionSummary summary(Revision r) {
		return new RevisionSummary(new RecordRef(RecordKind.ofKey(r.kind()), r.recordId()), r.state(),
				this.text.fields(r.fieldsJson()), r.baseVersion(), WorkflowText.parties(r.parties()), r.author(),
				r.updatedAt(), r.updatedBy(), r.submittedBy(), r.returnReason(), r.returnedBy(), r.version());
	}

	private static String describe(RecordRef record) {
		return record.kind().key() + " " + record.id();
	}

	private String actor() {
		return this.access.actor();
	}

	private Instant now() {
		return this.clock.instant();
	}

	/**
	 * Applies approved values to the published record, in the approval's transaction.
	 */
	@FunctionalInterface
	public interface Publisher<T> {

		/**
		 * @param values the approved values
		 * @param baseVersion the published version the revision was based on,
		 * {@code null} for a new record
		 * @return the published record's fields before the change (empty for a new one)
		 * @throws ConflictException if the published record changed since
		 * {@code baseVersion}
		 */
		Map<String, @Nullable String> publish(T values, @Nullable Long baseVersion);

	}

}
