package org.twinningregistry.workflow;

import java.time.Clock;
import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.twinningregistry.account.AccessControl;
import org.twinningregistry.account.RegistryRole;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.workflow.domain.ConfirmationRecord;
import org.twinningregistry.workflow.domain.ConfirmationRepository;

/**
 * Two-sided confirmation of published records: a reporter of a party government (or a
 * reviewer or curator above it) confirms the record for that government. The record's
 * facade calls it; {@link HistoryLog} clears the confirmations when the published values
 * change.
 */
@Component
class ConfirmationLedger {

	private final ConfirmationRepository confirmations;

	private final HistoryLog history;

	private final AccessControl access;

	private final Clock clock;

	private final WorkflowText text;

	ConfirmationLedger(ConfirmationRepository confirmations, HistoryLog history, AccessControl access, Clock clock,
			WorkflowText text) {
		this.confirmations = confirmations;
		this.history = history;
		this.access = access;
		this.clock = clock;
		this.text = text;
	}

	/**
	 * Confirms the published record for each of its parties the caller may report for
	 * (history CONFIRMED); a party confirmed already stays as it was.
	 * @param parties the published record's parties
	 * @return the record's confirmations after
	 * @throws org.springframework.security.access.AccessDeniedException unless the caller
	 * may report for a party (401 when nobody signed in)
	 */
	@Transactional
	public Confirmations confirm(RecordRef record, Collection<GovernmentId> parties) {
		List<GovernmentId> mine = parties.stream().filter(p -> this.access.mayReport(List.of(p))).toList();
		this.access.require(!mine.isEmpty(), "confirm " + record.kind().key() + " " + record.id());
		for (GovernmentId party : mine) {
			if (!this.confirmations.existsByKindAndRecordIdAndGovernment(record.kind().key(), record.id(),
					party.value())) {
				this.confirmations
					.save(new ConfirmationRecord(record.kind().key(), record.id(), party.value(), this.access.actor(),
							this.access.office(RegistryRole.REPORTER, List.of(party)), this.clock.instant()));
				this.history.recordConfirmation(record, party);
			}
		}
		return confirmations(record, parties);
	}

	/**
	 * The record's confirmations, in the order given, and whether all of its parties
	 * confirmed it. Each names the office it was given in; only those who may review the
	 * record also see the user name.
	 */
	@Transactional(readOnly = true)
	public Confirmations confirmations(RecordRef record, Collection<GovernmentId> parties) {
		boolean names = !parties.isEmpty() && this.access.mayReview(parties);
		List<Confirmation> given = this.confirmations
			.findByKindAndRecordIdOrderByIdAsc(record.kind().key(), record.id())
			.stream()
			.map(c -> this.text.confirmation(c, names))
			.toList();
		boolean all = !parties.isEmpty() && given.stream().map(Confirmation::government).toList().containsAll(parties);
		return new Confirmations(given, all);
	}

}
