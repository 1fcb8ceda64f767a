package org.twinningregistry.partnerfinder;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.shared.ConflictException;
import org.twinningregistry.shared.NotFoundException;
import org.twinningregistry.shared.RuleViolationException;
import org.twinningregistry.shared.Violation;
import org.twinningregistry.workflow.OpenRevision;
import org.twinningregistry.workflow.RecordKind;
import org.twinningregistry.workflow.RecordRef;
import org.twinningregistry.workflow.RecordWrites;
import org.twinningregistry.workflow.ReviewWorkflow;
import org.twinningregistry.workflow.RevisionSummary;

/**
 * The seeking list's facade: governments' requests for partners, written, found, listed
 * and deleted. Reads see published requests only and are public; the list and
 * {@link #activeRequests} leave out expired ones (a request stays on the list through its
 * expiry day). Whether a write is published at once (a curator of the government's
 * country) or filed as a draft revision (a reporter of the government, a reviewer of its
 * subdivision) is the workflow's to decide ({@link RecordWrites}); {@link ReviewWorkflow}
 * submits, approves and returns drafts; publishing ({@link PartnerRequestKind}) sets the
 * day modified. Every write goes to the history.
 */
@Service
public class SeekingList {

	static final String KIND = "partner-request";

	/** Partner requests as a kind of record of the workflow. */
	public static final RecordKind RECORDS = PartnerRequestKind.KIND;

	private final SeekingQueries queries;

	private final RecordWrites writes;

	private final Gazetteer gazetteer;

	private final PartnerRequestRemoval removal;

	private final PartnerRequestIds ids;

	SeekingList(SeekingQueries queries, RecordWrites writes, Gazetteer gazetteer, PartnerRequestRemoval removal,
			PartnerRequestIds ids) {
		this.ids = ids;
		this.queries = queries;
		this.writes = writes;
		this.gazetteer = gazetteer;
		this.removal = removal;
	}

	/**
	 * Files a new request of its government, under a new id
	 * ({@code PR-<government>-<n>}): published at once (history CREATED) when the caller
	 * may publish for the government (a curator), else filed as a draft revision (history
	 * DRAFTED).
	 * @return the published request, or the draft's values (with
	 * {@link PartnerRequestSummary#draft()} set and the revision's version)
	 * @throws NotFoundException if there is no such government
	 * @throws RuleViolationException if a value breaks a rule
	 */
	@Transactional
	public PartnerRequestSummary create(PartnerRequestValues values) {
		this.gazetteer.get(values.government());
		PartnerRequestId id = this.ids.next(values.government());
		return written(id, values, this.writes.create(ref(id), values));
	}

	/**
	 * Replaces a request's values (its government stays): directly (history UPDATED) when
	 * the caller may publish for its government, else in the open revision (history
	 * DRAFTED or EDITED).
	 * @param version the open revision's version when the caller works on one, else the
	 * published request's
	 * @throws NotFoundException if there is no such request nor a revision of it
	 * @throws RuleViolationException if a value breaks a rule or names another government
	 * @throws ConflictException if someone changed it since {@code version}
	 */
	@Transactional
	public PartnerRequestSummary update(PartnerRequestId id, long version, PartnerRequestValues values) {
		GovernmentId government = editable(id).values().government();
		if (!government.equals(values.government())) {
			throw new RuleViolationException(Violation.of("government", "rule.partner-request.government.fixed",
					values.government().value(), government.value()));
		}
		return written(id, values, this.writes.update(ref(id), version, values));
	}

	private PartnerRequestSummary written(PartnerRequestId id, PartnerRequestValues values,
			@Nullable RevisionSummary draft) {
		return (draft != null) ? PartnerRequestSummary.draft(new OpenRevision<>(draft, values), this.queries.today())
				: get(id);
	}

	/**
	 * Deletes a published request: a curator's of its government's country, never while a
	 * revision of it is open (history DELETED).
	 * @throws NotFoundException if it is not published
	 * @throws ConflictException if the version is stale or a revision of it is open
	 */
	@Transactional
	public void delete(PartnerRequestId id, long version) {
		this.removal.delete(id, version);
	}

	/** The published request, expired or not; empty if there is none with this id. */
	@Transactional(readOnly = true)
	public Optional<PartnerRequestSummary> find(PartnerRequestId id) {
		return this.queries.find(id);
	}

	/**
	 * The published request, expired or not ({@link PartnerRequestSummary#expired()}).
	 * @throws NotFoundException if there is none with this id
	 */
	@Transactional(readOnly = true)
	public PartnerRequestSummary get(PartnerRequestId id) {
		return this.queries.get(id);
	}

	/**
	 * The seeking list: the published requests not expired that match every filter, the
	 * last modified first (or by {@code modified}, {@code expires} or {@code id} as the
	 * page asks).
	 */
	@Transactional(readOnly = true)
	public Page<PartnerRequestSummary> search(SeekingCriteria criteria, Pageable page) {
		List<PartnerRequestSummary> all = this.queries.list(criteria, SeekingOrder.of(page.getSort()));
		int from = (int) Math.min(page.getOffset(), all.size());
		int to = (int) Math.min(from + (long) page.getPageSize(), all.size());
		return new PageImpl<>(all.subList(from, to), page, all.size());
	}

	/** The whole seeking list matching the filters, the last modified first. */
	@Transactional(readOnly = true)
	public List<PartnerRequestSummary> list(SeekingCriteria criteria) {
		return this.queries.list(criteria, SeekingOrder.of(Sort.unsorted()));
	}

	/**
	 * A government's published requests that have not expired, the last modified first;
	 * empty when it has none (or no such government). The suggestions read the seeking
	 * list through this.
	 */
	@Transactional(readOnly = true)
	public List<PartnerRequestSummary> activeRequests(GovernmentId government) {
		return this.queries.active(government);
	}

	/**
	 * The request's open revision, if the caller may see it (a reporter of its government
	 * or someone above); empty otherwise, so that the public never learns of drafts.
	 */
	@Transactional(readOnly = true)
	public Optional<PartnerRequestRevision> revision(PartnerRequestId id) {
		return this.queries.revision(id);
	}

	/** The open revisions of a government's requests that the caller may see. */
	@Transactional(readOnly = true)
	public List<PartnerRequestRevision> drafts(GovernmentId government) {
		return this.queries.drafts(government);
	}

	/**
	 * What the caller should edit: the open revision's values (with its version) when the
	 * caller may see it, else the published request.
	 * @throws NotFoundException if there is neither
	 */
	@Transactional(readOnly = true)
	public PartnerRequestSummary editable(PartnerRequestId id) {
		return revision(id).map(PartnerRequestRevision::proposed).orElseGet(() -> get(id));
	}

	/** Whether a government has a request, published (expired too) or drafted. */
	@Transactional(readOnly = true)
	public boolean holdsAny(GovernmentId government) {
		return this.queries.holdsAny(government);
	}

	/** The request as a record of the workflow. */
	public static RecordRef ref(PartnerRequestId id) {
		return new RecordRef(RECORDS, id.value());
	}

}
