package org.twinningregistry.workflow;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.twinningregistry.account.AccessControl;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.shared.BadRequestException;
import org.twinningregistry.shared.ConflictException;
import org.twinningregistry.shared.PlainText;
import org.twinningregistry.workflow.domain.Revision;
import org.twinningregistry.workflow.domain.RevisionRepository;

/**
 * Each record's open revision (draft, submitted, returned) beside the published record,
 * and who may work on it: who may report, submit, approve and return is decided from the
 * parties the revision concerns. Every step goes to the {@link HistoryLog}; publishing
 * the approved values is the {@link Publisher}'s, which {@link ReviewWorkflow} hands to
 * {@link #approve}. Called within the workflow's transactions.
 */
@Component
class RevisionDesk {

	private final RevisionRepository revisions;

	private final HistoryLog history;

	private final AccessControl access;

	private final WorkflowText text;

	private final ReviewedKinds kinds;

	private final Clock clock;

	RevisionDesk(RevisionRepository revisions, HistoryLog history, AccessControl access, WorkflowText text,
			ReviewedKinds kinds, Clock clock) {
		this.revisions = revisions;
		this.history = history;
		this.access = access;
		this.text = text;
		this.kinds = kinds;
		this.clock = clock;
	}

	/** The record's open revision, whoever asks; empty when there is none. */
	Optional<RevisionSummary> find(RecordRef record) {
		return open(record).map(this::summary);
	}

	/**
	 * Every open revision of a kind with its proposed values, whoever asks, by record id.
	 */
	<T> List<OpenRevision<T>> all(RecordKind kind, Class<T> type) {
		return this.revisions.findByKindOrderByRecordId(kind.key())
			.stream()
			.map(r -> new OpenRevision<>(summary(r), this.text.read(r.valuesJson(), type)))
			.toList();
	}

	/** Whether the record has an open revision. */
	boolean hasOpen(RecordRef record) {
		return this.revisions.existsByKindAndRecordId(record.kind().key(), record.id());
	}

	/**
	 * Whether the caller may see and work on the revision (a reporter of a party, or a
	 * reviewer or curator above one).
	 */
	boolean mayView(RevisionSummary revision) {
		return this.access.mayReport(revision.parties());
	}

	/**
	 * The proposed values of the record's open revision, read back as the type stored.
	 * @throws ConflictException if the record has no open revision
	 */
	<T> T values(RecordRef record, Class<T> type) {
		return this.text.read(load(record).valuesJson(), type);
	}

	/**
	 * Starts or changes the record's open revision with a reporter's values (history
	 * DRAFTED or EDITED). A returned revision becomes a draft again.
	 * @param expectedVersion the revision's version the edit was based on, {@code null}
	 * to skip the check (a new draft)
	 * @throws AccessDeniedException unless the caller may report for the proposed parties
	 * and, for a published record, its parties
	 * @throws ConflictException if the revision is submitted (locked: the problem says by
	 * whom and who can unlock it) or was changed since {@code expectedVersion}
	 */
	RevisionSummary propose(RecordRef record, Proposal proposal, @Nullable Long expectedVersion) {
		Proposal.Published published = proposal.published();
		requireReport(proposal.parties(), record);
		if (published != null) {
			requireReport(published.parties(), record);
		}
		Revision.Content content = this.text.content(proposal);
		Optional<Revision> existing = open(record);
		if (existing.isEmpty()) {
			Revision revision = new Revision(record.kind().key(), record.id(),
					(published != null) ? published.version() : null, content, actor(), this.clock.instant());
			this.revisions.saveAndFlush(revision);
			Map<String, @Nullable String> before = (published != null) ? published.fields() : Map.of();
			this.history.recordStep(revision, HistoryAction.DRAFTED, before, proposal.fields(), null);
			return summary(revision);
		}
		Revision revision = existing.get();
		requireReport(WorkflowText.parties(revision.parties()), record);
		requireEditable(revision);
		if (expectedVersion != null && expectedVersion != revision.version()) {
			throw ConflictException.staleVersion(record.kind().key(), record.id(), expectedVersion, revision.version());
		}
		Map<String, @Nullable String> before = this.text.fields(revision.fieldsJson());
		revision.revise(content, actor(), this.clock.instant());
		this.revisions.saveAndFlush(revision);
		this.history.recordStep(revision, HistoryAction.EDITED, before, proposal.fields(), null);
		return summary(revision);
	}

	/**
	 * Submits the record's draft (or returned revision) for review (history SUBMITTED).
	 * @throws ConflictException if there is no open revision or it is submitted already
	 */
	RevisionSummary submit(RecordRef record) {
		Revision revision = load(record);
		requireReport(WorkflowText.parties(revision.parties()), record);
		requireEditable(revision);
		revision.submit(actor(), this.clock.instant());
		this.revisions.saveAndFlush(revision);
		this.history.recordStep(revision, HistoryAction.SUBMITTED, Map.of(), Map.of(), null);
		return summary(revision);
	}

	/**
	 * Approves the record's submitted revision: the publisher applies its values to the
	 * published record (re-checking every rule), then the revision is closed (history
	 * APPROVED with the published fields' changes). Of two concurrent approvals, or an
	 * approval and an edit, one fails with an optimistic-lock failure (409).
	 * @throws AccessDeniedException unless the caller reviews a party's jurisdiction; a
	 * reviewer (not a curator) may not approve what they wrote or submitted
	 * @throws ConflictException if there is no submitted revision
	 */
	<T> void approve(RecordRef record, Class<T> type, Publisher<T> publisher) {
		Revision revision = load(record);
		List<GovernmentId> parties = WorkflowText.parties(revision.parties());
		this.access.require(this.access.mayReview(parties), "approve " + describe(record));
		String actor = actor();
		if (!this.access.mayPublish(parties)
				&& (actor.equals(revision.author()) || actor.equals(revision.submittedBy()))) {
			throw new AccessDeniedException(actor + " may not approve a revision they wrote.");
		}
		revision.beginApproval(actor, this.clock.instant());
		this.revisions.saveAndFlush(revision);
		Map<String, @Nullable String> before = publisher.publish(this.text.read(revision.valuesJson(), type),
				revision.baseVersion());
		this.history.recordApproval(revision, before, this.text.fields(revision.fieldsJson()));
		this.revisions.delete(revision);
		this.revisions.flush();
	}

	/**
	 * Returns the record's submitted revision to its reporters with a reason (history
	 * RETURNED); it is editable again.
	 * @throws BadRequestException if the reason is blank (400)
	 * @throws ConflictException if there is no submitted revision
	 */
	RevisionSummary returnForRevision(RecordRef record, @Nullable String reason) {
		Revision revision = load(record);
		this.access.require(this.access.mayReview(WorkflowText.parties(revision.parties())),
				"return " + describe(record));
		String text = PlainText.lines("reason", reason);
		if (text == null) {
			throw new BadRequestException("reason", "rule.reason.required");
		}
		revision.returnForRevision(text, actor(), this.clock.instant());
		this.revisions.saveAndFlush(revision);
		this.history.recordStep(revision, HistoryAction.RETURNED, Map.of(), Map.of(), text);
		return summary(revision);
	}

	/**
	 * Drops the record's open draft or returned revision (history DISCARDED); the
	 * published record, if any, is untouched.
	 * @param expectedVersion the revision's version the caller saw
	 * @throws ConflictException if there is none, it is submitted (locked) or it was
	 * changed since {@code expectedVersion}
	 */
	void discard(RecordRef record, long expectedVersion) {
		Revision revision = load(record);
		requireReport(WorkflowText.parties(revision.parties()), record);
		requireEditable(revision);
		if (expectedVersion != revision.version()) {
			throw ConflictException.staleVersion(record.kind().key(), record.id(), expectedVersion, revision.version());
		}
		Map<String, @Nullable String> fields = this.text.fields(revision.fieldsJson());
		this.revisions.delete(revision);
		this.revisions.flush();
		this.history.recordStep(revision, HistoryAction.DISCARDED, fields, Map.of(), null);
	}

	/** The revision as others see it. */
	RevisionSummary summary(Revision r) {
		return new RevisionSummary(new RecordRef(this.kinds.byKey(r.kind()).kind(), r.recordId()), r.state(),
				this.text.fields(r.fieldsJson()), r.baseVersion(), WorkflowText.parties(r.parties()), r.author(),
				r.updatedAt(), r.updatedBy(), r.submittedBy(), r.returnReason(), r.returnedBy(), r.version());
	}

	private void requireReport(Collection<GovernmentId> parties, RecordRef record) {
		this.access.require(this.access.mayReport(parties), "report " + describe(record));
	}

	private void requireEditable(Revision revision) {
		if (!revision.state().isEditable()) {
			throw this.text.locked(revision);
		}
	}

	private Optional<Revision> open(RecordRef record) {
		return this.revisions.findByKindAndRecordId(record.kind().key(), record.id());
	}

	private Revision load(RecordRef record) {
		return open(record)
			.orElseThrow(() -> new ConflictException("error.revision.none", record.kind().key(), record.id()));
	}

	private static String describe(RecordRef record) {
		return record.kind().key() + " " + record.id();
	}

	private String actor() {
		return this.access.actor();
	}

	/**
	 * Applies approved values to the published record, in the approval's transaction.
	 */
	@FunctionalInterface
	interface Publisher<T> {

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
