package org.twinningregistry.engagement;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.shared.NotFoundException;
import org.twinningregistry.workflow.ConfirmationLedger;
import org.twinningregistry.workflow.Confirmations;
import org.twinningregistry.workflow.HistoryEntry;
import org.twinningregistry.workflow.RecordRef;
import org.twinningregistry.workflow.RevisionDesk;
import org.twinningregistry.workflow.RevisionSummary;

/**
 * The self-reporting workflow of engagements: the open revision beside a published
 * engagement, its submission, approval (which publishes it through {@link EngagementLog})
 * or return, and the history. Who may do what is decided by {@link RevisionDesk} from the
 * parties of the engagement's agreement.
 */
@Service
public class EngagementWorkflow {

	private final EngagementLog log;

	private final RevisionDesk desk;

	private final ConfirmationLedger ledger;

	EngagementWorkflow(EngagementLog log, RevisionDesk desk, ConfirmationLedger ledger) {
		this.log = log;
		this.desk = desk;
		this.ledger = ledger;
	}

	/**
	 * Confirms the published engagement for each party of its agreement the caller
	 * reports for (or is above); a published change of its values clears the
	 * confirmations.
	 * @throws NotFoundException if it is not published
	 */
	@Transactional
	public Confirmations confirm(EngagementId id) {
		EngagementSummary engagement = this.log.get(id);
		return this.ledger.confirm(EngagementLog.ref(id), this.log.parties(engagement.values()));
	}

	/** The published engagement's confirmations (none for an unknown one). */
	@Transactional(readOnly = true)
	public Confirmations confirmations(EngagementId id) {
		return this.ledger.confirmations(EngagementLog.ref(id),
				this.log.find(id).map(e -> this.log.parties(e.values())).orElse(Set.of()));
	}

	/**
	 * The engagement's open revision, if the caller may see it; empty otherwise, so that
	 * the public never learns of drafts.
	 */
	@Transactional(readOnly = true)
	public Optional<EngagementRevision> revision(EngagementId id) {
		return this.desk.find(EngagementLog.ref(id)).filter(this.desk::mayView).map(r -> revision(id, r));
	}

	/**
	 * What the caller should edit: the open revision's values (with its version) when the
	 * caller may see it, else the published engagement.
	 * @throws NotFoundException if there is neither
	 */
	@Transactional(readOnly = true)
	public EngagementSummary editable(EngagementId id) {
		return revision(id).map(EngagementRevision::proposed).orElseGet(() -> this.log.get(id));
	}

	/** Submits the engagement's draft or returned revision for review. */
	@Transactional
	public EngagementRevision submit(EngagementId id) {
		requireKnown(id);
		return revision(id, this.desk.submit(EngagementLog.ref(id)));
	}

	/**
	 * Approves the engagement's submitted revision: its values are published (every rule
	 * checked again) and the revision closes.
	 * @throws org.twinningregistry.shared.ConflictException if there is no submitted
	 * revision, the published engagement changed since the revision began, or another
	 * approval or edit won the race
	 */
	@Transactional
	public EngagementSummary approve(EngagementId id) {
		requireKnown(id);
		this.desk.approve(EngagementLog.ref(id), EngagementValues.class,
				(values, base) -> this.log.publishApproved(id, values, base));
		return this.log.get(id);
	}

	/**
	 * Returns the engagement's submitted revision to its reporters with a reason.
	 * @throws org.twinningregistry.shared.BadRequestException if the reason is blank
	 */
	@Transactional
	public EngagementRevision returnForRevision(EngagementId id, @Nullable String reason) {
		requireKnown(id);
		return revision(id, this.desk.returnForRevision(EngagementLog.ref(id), reason));
	}

	/**
	 * Discards the engagement's draft or returned revision.
	 * @param expectedVersion the revision's version the caller saw
	 * @throws org.twinningregistry.shared.ConflictException if it was changed since
	 */
	@Transactional
	public void discard(EngagementId id, long expectedVersion) {
		requireKnown(id);
		this.desk.discard(EngagementLog.ref(id), expectedVersion);
	}

	/**
	 * The engagement's history, oldest first: all of it for those in scope, the published
	 * changes for everyone else.
	 * @throws NotFoundException if nothing was ever recorded of it that the caller may
	 * see
	 */
	@Transactional(readOnly = true)
	public List<HistoryEntry> history(EngagementId id) {
		RecordRef ref = EngagementLog.ref(id);
		Optional<EngagementSummary> published = this.log.find(id);
		List<GovernmentId> parties = published.map(e -> List.copyOf(this.log.parties(e.values())))
			.orElseGet(() -> this.desk.find(ref).map(RevisionSummary::parties).orElse(List.of()));
		List<HistoryEntry> entries = this.desk.history(ref, parties,
				published.map(e -> EngagementFields.of(e.values())).orElse(Map.of()), this.log.importEntry(id));
		if (entries.isEmpty() && published.isEmpty()) {
			throw new NotFoundException(EngagementLog.KIND, id.value());
		}
		return entries;
	}

	/** Whether the engagement is published or has an open revision. */
	@Transactional(readOnly = true)
	public boolean exists(EngagementId id) {
		return this.desk.hasOpen(EngagementLog.ref(id)) || this.log.find(id).isPresent();
	}

	private void requireKnown(EngagementId id) {
		if (!this.desk.hasOpen(EngagementLog.ref(id)) && this.log.find(id).isEmpty()) {
			throw new NotFoundException(EngagementLog.KIND, id.value());
		}
	}

	private EngagementRevision revision(EngagementId id, RevisionSummary revision) {
		EngagementValues values = this.desk.values(EngagementLog.ref(id), EngagementValues.class);
		return new EngagementRevision(revision,
				new EngagementSummary(id, values, revision.version(), revision.state()));
	}

}
