package org.twinningregistry.document;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.twinningregistry.account.AccessControl;
import org.twinningregistry.account.RegistryRole;
import org.twinningregistry.agreement.AgreementId;
import org.twinningregistry.agreement.AgreementRegistry;
import org.twinningregistry.agreement.AgreementSummary;
import org.twinningregistry.engagement.EngagementId;
import org.twinningregistry.engagement.EngagementLog;
import org.twinningregistry.engagement.EngagementSummary;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.shared.NotFoundException;
import org.twinningregistry.workflow.RecordRef;

/**
 * Who may do what with the documents of a record, decided by the record's parties (an
 * engagement's are those of its agreement) as the record's own writes are: adding needs
 * someone who may report for a party (a reporter of a party, a reviewer of its
 * subdivision, a curator of its country), who alone also see internal documents; removing
 * needs someone who may review for a party, or the account that added the document while
 * it may still report for one.
 */
@Component
class DocumentGuard {

	private final AgreementRegistry agreements;

	private final EngagementLog engagements;

	private final AccessControl access;

	DocumentGuard(AgreementRegistry agreements, EngagementLog engagements, AccessControl access) {
		this.agreements = agreements;
		this.engagements = engagements;
		this.access = access;
	}

	/**
	 * The parties of a published agreement or engagement.
	 * @throws NotFoundException if there is no such published record
	 */
	List<GovernmentId> parties(RecordRef record) {
		return find(record).orElseThrow(() -> new NotFoundException(record.kind().key(), record.id()));
	}

	/** The parties of each record that is published, in a few queries. */
	Map<RecordRef, List<GovernmentId>> parties(Collection<RecordRef> records) {
		Map<RecordRef, List<GovernmentId>> parties = new HashMap<>();
		List<AgreementId> agreementIds = records.stream()
			.filter(r -> r.kind().equals(AgreementRegistry.RECORDS))
			.map(r -> new AgreementId(r.id()))
			.toList();
		this.agreements.summaries(agreementIds)
			.values()
			.forEach(a -> parties.put(AgreementRegistry.ref(a.id()), partiesOf(a)));
		records.stream()
			.filter(r -> r.kind().equals(EngagementLog.RECORDS))
			.forEach(r -> find(r).ifPresent(p -> parties.put(r, p)));
		return parties;
	}

	/**
	 * @throws org.springframework.security.access.AccessDeniedException unless the caller
	 * may add documents to a record of these parties (401 when nobody signed in)
	 */
	void requireMayAdd(RecordRef record, List<GovernmentId> parties) {
		this.access.require(mayAdd(parties), "add documents to " + describe(record));
	}

	/**
	 * @throws org.springframework.security.access.AccessDeniedException unless the caller
	 * may publish records of these parties (a curator), as imports need
	 */
	void requireMayPublish(RecordRef record, List<GovernmentId> parties) {
		this.access.require(this.access.mayPublish(parties), "import documents of " + describe(record));
	}

	/** Whether the caller may add documents to a record of these parties. */
	boolean mayAdd(List<GovernmentId> parties) {
		return this.access.mayReport(parties);
	}

	/**
	 * @throws org.springframework.security.access.AccessDeniedException unless the caller
	 * may remove this document
	 */
	void requireMayRemove(RecordRef record, String addedBy, List<GovernmentId> parties) {
		this.access.require(mayRemove(addedBy, parties), "remove documents of " + describe(record));
	}

	/**
	 * Whether the caller may remove a document added by this account to a record of these
	 * parties.
	 */
	boolean mayRemove(String addedBy, List<GovernmentId> parties) {
		boolean own = this.access.username().filter(addedBy::equals).isPresent();
		return this.access.mayReview(parties) || (own && this.access.mayReport(parties));
	}

	/** Whether the caller may see a document of a record of these parties. */
	boolean maySee(DocumentVisibility visibility, List<GovernmentId> parties) {
		return visibility == DocumentVisibility.PUBLIC || this.access.mayReport(parties);
	}

	/** The caller's user name and the office they act in on records of these parties. */
	Actor actor(List<GovernmentId> parties) {
		return new Actor(this.access.actor(), this.access.office(RegistryRole.REPORTER, parties));
	}

	private Optional<List<GovernmentId>> find(RecordRef record) {
		if (record.kind().equals(AgreementRegistry.RECORDS)) {
			return this.agreements.find(new AgreementId(record.id())).map(DocumentGuard::partiesOf);
		}
		if (record.kind().equals(EngagementLog.RECORDS)) {
			return this.engagements.find(new EngagementId(record.id()))
				.map(EngagementSummary::values)
				.flatMap(e -> this.agreements.find(e.agreement()))
				.map(DocumentGuard::partiesOf);
		}
		return Optional.empty();
	}

	private static List<GovernmentId> partiesOf(AgreementSummary agreement) {
		return List.of(agreement.values().partyA(), agreement.values().partyB());
	}

	private static String describe(RecordRef record) {
		return record.kind().key() + " " + record.id();
	}

	/** Who acts: the account and the office. */
	record Actor(String account, String office) {

	}

}
