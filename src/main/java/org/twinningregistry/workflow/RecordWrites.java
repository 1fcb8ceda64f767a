package org.twinningregistry.workflow;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.twinningregistry.account.AccessControl;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.shared.ConflictException;
import org.twinningregistry.shared.NotFoundException;
import org.twinningregistry.shared.RuleViolationException;
import org.twinningregistry.shared.Violation;

/**
 * A write of a reviewed record, and where it goes: published at once (history CREATED or
 * UPDATED) when the caller may publish for the record's parties, old and new (a curator),
 * else filed as a draft revision (history DRAFTED or EDITED) that only the parties'
 * reporters and those above them see until it is approved. The record's facade calls it;
 * the kind ({@link ReviewedKind}) checks and publishes.
 */
@Service
public class RecordWrites {

	private final ReviewedKinds kinds;

	private final RevisionDesk desk;

	private final HistoryLog history;

	private final AccessControl access;

	RecordWrites(ReviewedKinds kinds, RevisionDesk desk, HistoryLog history, AccessControl access) {
		this.kinds = kinds;
		this.desk = desk;
		this.history = history;
		this.access = access;
	}

	/**
	 * Creates a record: published, or filed as a draft.
	 * @param values of the record's kind
	 * @return the draft's revision, or {@code null} when published
	 * @throws RuleViolationException if a value breaks a rule or the id is taken (by a
	 * published record or an open revision)
	 * @throws org.springframework.security.access.AccessDeniedException unless the caller
	 * may report for the parties (anyone signed in, when the values name none)
	 */
	@Transactional
	public @Nullable RevisionSummary create(RecordRef record, Object values) {
		return create(kind(record), record, values);
	}

	/**
	 * Replaces a record's values: directly when the caller may publish for its parties,
	 * old and new; else in the open revision beside the published record, which stays as
	 * it is until the revision is approved.
	 * @param version the version the change was based on: the open revision's when there
	 * is one, else the published record's
	 * @return the draft's revision, or {@code null} when published
	 * @throws NotFoundException if there is no such record nor a revision of it
	 * @throws ConflictException if someone changed it since {@code version}, or the
	 * revision is submitted (locked)
	 */
	@Transactional
	public @Nullable RevisionSummary update(RecordRef record, long version, Object values) {
		return update(kind(record), record, version, values);
	}

	/** Whether the record is published or has an open revision. */
	@Transactional(readOnly = true)
	public boolean exists(RecordRef record) {
		return this.desk.hasOpen(record) || this.kinds.of(record).published(record.id()).isPresent();
	}

	/**
	 * Publishes the values of an approved revision, re-checking every rule.
	 * @return the published fields before (empty for a new record)
	 * @throws ConflictException if the published record changed since the revision's base
	 * version (or appeared, or went, since)
	 */
	<V> Map<String, @Nullable String> publishApproved(ReviewedKind<V> kind, String id, V values, @Nullable Long base) {
		Optional<ReviewedKind.Published<V>> published = kind.published(id);
		boolean moved = (base == null) ? published.isPresent()
				: published.isEmpty() || published.get().version() != base;
		if (moved) {
			throw new ConflictException("error.revision.base-changed", kind.kind().key(), id);
		}
		kind.check(id, values);
		if (published.isEmpty()) {
			kind.insert(id, values);
			return Map.of();
		}
		Map<String, @Nullable String> before = kind.fields(published.get().values());
		kind.change(id, values);
		return before;
	}

	private <V> @Nullable RevisionSummary create(ReviewedKind<V> kind, RecordRef record, Object given) {
		V values = kind.valuesType().cast(given);
		Set<GovernmentId> parties = kind.parties(values);
		boolean publish = mayPublish(parties);
		if (!publish) {
			requireReport(parties, record);
		}
		if (kind.published(record.id()).isPresent() || this.desk.hasOpen(record)) {
			throw new RuleViolationException(Violation.of("id", "rule.id.taken", record.id()));
		}
		kind.check(record.id(), values);
		if (!publish) {
			return this.desk.propose(record, new Proposal(values, kind.fields(values), parties, null), null);
		}
		kind.insert(record.id(), values);
		this.history.recordPublished(record, HistoryAction.CREATED, Map.of(), kind.fields(values));
		return null;
	}

	private <V> @Nullable RevisionSummary update(ReviewedKind<V> kind, RecordRef record, long version, Object given) {
		V values = kind.valuesType().cast(given);
		Optional<ReviewedKind.Published<V>> published = kind.published(record.id());
		if (published.isEmpty() || !mayPublish(kind.parties(published.get().values()))
				|| !mayPublish(kind.parties(values))) {
			return updateDraft(kind, record, version, values, published.orElse(null));
		}
		if (published.get().version() != version) {
			throw ConflictException.staleVersion(record.kind().key(), record.id(), version, published.get().version());
		}
		kind.check(record.id(), values);
		Map<String, @Nullable String> before = kind.fields(published.get().values());
		kind.change(record.id(), values);
		this.history.recordPublished(record, HistoryAction.UPDATED, before, kind.fields(values));
		return null;
	}

	private <V> RevisionSummary updateDraft(ReviewedKind<V> kind, RecordRef record, long version, V values,
			ReviewedKind.@Nullable Published<V> published) {
		requireReport(kind.parties(values), record);
		Optional<RevisionSummary> open = this.desk.find(record);
		if (published == null && open.isEmpty()) {
			throw new NotFoundException(record.kind().key(), record.id());
		}
		if (open.isEmpty() && published.version() != version) {
			throw ConflictException.staleVersion(record.kind().key(), record.id(), version, published.version());
		}
		kind.check(record.id(), values);
		Proposal.Published base = (published == null) ? null : new Proposal.Published(published.version(),
				kind.fields(published.values()), kind.parties(published.values()));
		return this.desk.propose(record, new Proposal(values, kind.fields(values), kind.parties(values), base),
				open.isPresent() ? version : null);
	}

	private boolean mayPublish(Set<GovernmentId> parties) {
		return !parties.isEmpty() && this.access.mayPublish(parties);
	}

	/**
	 * Drafts need a reporter of a party, or a reviewer or curator above one (values that
	 * name no party are left to the rules to report, for anyone signed in).
	 */
	private void requireReport(Set<GovernmentId> parties, RecordRef record) {
		this.access.require(parties.isEmpty() ? this.access.username().isPresent() : this.access.mayReport(parties),
				"report " + record.kind().key() + " " + record.id());
	}

	private ReviewedKind<?> kind(RecordRef record) {
		return this.kinds.of(record);
	}

}
