package org.twinningregistry.agreement;

import java.util.List;
import java.util.Map;
import java.util.Optional;

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
 * The self-reporting workflow of agreements: the open revision beside a published
 * agreement, its submission, approval (which publishes it through
 * {@link AgreementRegistry}) or return, and the history. Who may do what is decided by
 * {@link RevisionDesk} from the parties' jurisdictions.
 */
@Service
public class AgreementWorkflow {

	private final AgreementRegistry registry;

	private final RevisionDesk desk;

	private final ConfirmationLedger ledger;

	AgreementWorkflow(AgreementRegistry registry, RevisionDesk desk, ConfirmationLedger ledger) {
		this.registry = registry;
		this.desk = desk;
		this.ledger = ledger;
	}

	/**
	 * Confirms the published agreement for each party the caller reports for (or is
	 * above); a published change of its values clears the confirmations.
	 * @throws NotFoundException if it is not published
	 */
	@Transactional
	public Confirmations confirm(AgreementId id) {
		AgreementSummary agreement = this.registry.get(id);
		return this.ledger.confirm(AgreementRegistry.ref(id), parties(agreement));
	}

	/** The published agreement's confirmations (none for an unknown one). */
	@Transactional(readOnly = true)
	public Confirmations confirmations(AgreementId id) {
		List<GovernmentId> parties = this.registry.find(id).map(AgreementWorkflow::parties).orElse(List.of());
		return this.ledger.confirmations(AgreementRegistry.ref(id), parties);
	}

	private static List<GovernmentId> parties(AgreementSummary agreement) {
		return List.of(agreement.values().partyA(), agreement.values().partyB());
	}

	/**
	 * The agreement's open revision, if the caller may see it (a reporter of a party or
	 * someone above); empty otherwise, so that the public never learns of drafts.
	 */
	@Transactional(readOnly = true)
	public Optional<AgreementRevision> revision(AgreementId id) {
		return this.desk.find(AgreementRegistry.ref(id)).filter(this.desk::mayView).map(r -> revision(id, r));
	}

	/**
	 * What the caller should edit: the open revision's values (with its version) when the
	 * caller may see it, else the published agreement.
	 * @throws NotFoundException if there is neither
	 */
	@Transactional(readOnly = true)
	public AgreementSummary editable(AgreementId id) {
		return revision(id).map(AgreementRevision::proposed).orElseGet(() -> this.registry.get(id));
	}

	/**
	 * Submits the agreement's draft or returned revision for review.
	 * @throws org.twinningregistry.shared.ConflictException if there is none, or it is
	 * submitted already
	 */
	@Transactional
	public AgreementRevision submit(AgreementId id) {
		requireKnown(id);
		return revision(id, this.desk.submit(AgreementRegistry.ref(id)));
	}

	/**
	 * Approves the agreement's submitted revision: its values are published (every rule
	 * checked again) and the revision closes.
	 * @throws org.twinningregistry.shared.ConflictException if there is no submitted
	 * revision, the published agreement changed since the revision began, or another
	 * approval or edit won the race
	 * @throws org.twinningregistry.shared.RuleViolationException if a value now breaks a
	 * rule
	 */
	@Transactional
	public AgreementSummary approve(AgreementId id) {
		requireKnown(id);
		this.desk.approve(AgreementRegistry.ref(id), AgreementValues.class,
				(values, base) -> this.registry.publishApproved(id, values, base));
		return this.registry.get(id);
	}

	/**
	 * Returns the agreement's submitted revision to its reporters with a reason.
	 * @throws org.twinningregistry.shared.BadRequestException if the reason is blank
	 */
	@Transactional
	public AgreementRevision returnForRevision(AgreementId id, @Nullable String reason) {
		requireKnown(id);
		return revision(id, this.desk.returnForRevision(AgreementRegistry.ref(id), reason));
	}

	/**
	 * Discards the agreement's draft or returned revision.
	 * @param expectedVersion the revision's version the caller saw
	 * @throws org.twinningregistry.shared.ConflictException if it was changed since
	 */
	@Transactional
	public void discard(AgreementId id, long expectedVersion) {
		requireKnown(id);
		this.desk.discard(AgreementRegistry.ref(id), expectedVersion);
	}

	/**
	 * The agreement's history, oldest first: all of it for those in scope, the published
	 * changes for everyone else.
	 * @throws NotFoundException if nothing was ever recorded of it that the caller may
	 * see
	 */
	@Transactional(readOnly = true)
	public List<HistoryEntry> history(AgreementId id) {
		RecordRef ref = AgreementRegistry.ref(id);
		Optional<AgreementSummary> published = this.registry.find(id);
		List<GovernmentId> parties = published.map(a -> List.of(a.values().partyA(), a.values().partyB()))
			.orElseGet(() -> this.desk.find(ref).map(RevisionSummary::parties).orElse(List.of()));
		List<HistoryEntry> entries = this.desk.history(ref, parties,
				published.map(a -> AgreementFields.of(a.values())).orElse(Map.of()), null);
		if (entries.isEmpty() && published.isEmpty()) {
			throw new NotFoundException(AgreementRegistry.KIND, id.value());
		}
		return entries;
	}

	/** Whether the agreement is published or has an open revision. */
	@Transactional(readOnly = true)
	public boolean exists(AgreementId id) {
		return this.desk.hasOpen(AgreementRegistry.ref(id)) || this.registry.find(id).isPresent();
	}

	private void requireKnown(AgreementId id) {
		if (!this.desk.hasOpen(AgreementRegistry.ref(id)) && this.registry.find(id).isEmpty()) {
			throw new NotFoundException(AgreementRegistry.KIND, id.value());
		}
	}

	private AgreementRevision revision(AgreementId id, RevisionSummary revision) {
		AgreementValues values = this.desk.values(AgreementRegistry.ref(id), AgreementValues.class);
		return new AgreementRevision(revision, this.registry.draftSummary(id, values, revision));
	}

}
