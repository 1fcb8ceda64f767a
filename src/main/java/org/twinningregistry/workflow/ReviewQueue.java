package org.twinningregistry.workflow;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.twinningregistry.account.AccessControl;
import org.twinningregistry.workflow.domain.RevisionRepository;

/**
 * The review queue: the open revisions of every reviewed kind that the caller may see (a
 * reporter of a party, or a reviewer or curator above one).
 */
@Service
public class ReviewQueue {

	private final RevisionRepository revisions;

	private final RevisionDesk desk;

	private final AccessControl access;

	ReviewQueue(RevisionRepository revisions, RevisionDesk desk, AccessControl access) {
		this.revisions = revisions;
		this.desk = desk;
		this.access = access;
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
			.map(this.desk::summary)
			.filter(this.desk::mayView)
			.toList();
	}

}
