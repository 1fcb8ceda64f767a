package org.twinningregistry.workflow.domain;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.twinningregistry.shared.ConflictException;
import org.twinningregistry.workflow.RevisionState;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RevisionTests {

	private static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");

	private static final Revision.Content CONTENT = new Revision.Content("{}", "{}", "burnaby,hwaseong");

	private static Revision aDraft() {
		return new Revision("agreement", "burnaby-hwaseong", null, CONTENT, "rita", NOW);
	}

	@Test
	void aSubmittedRevisionIsLockedUntilReturned() {
		// given
		Revision revision = aDraft();
		revision.submit("rita", NOW);

		// when / then
		assertThat(revision.state()).isEqualTo(RevisionState.SUBMITTED);
		assertThatThrownBy(() -> revision.revise(CONTENT, "rita", NOW)).isInstanceOf(ConflictException.class)
			.hasMessageContaining("error.revision.locked");
		assertThatThrownBy(() -> revision.submit("rita", NOW)).isInstanceOf(ConflictException.class);
		revision.returnForRevision("Wrong month", "bob", NOW);
		assertThat(revision.state()).isEqualTo(RevisionState.RETURNED);
		assertThat(revision.returnReason()).isEqualTo("Wrong month");
		revision.revise(CONTENT, "rita", NOW);
		assertThat(revision.state()).isEqualTo(RevisionState.DRAFT);
	}

	@Test
	void onlyASubmittedRevisionMayBeApprovedOrReturned() {
		// given
		Revision revision = aDraft();

		// when / then
		assertThatThrownBy(() -> revision.beginApproval("bob", NOW)).isInstanceOf(ConflictException.class)
			.hasMessageContaining("error.revision.not-submitted");
		assertThatThrownBy(() -> revision.returnForRevision("no", "bob", NOW)).isInstanceOf(ConflictException.class);
	}

	@Test
	void resubmittingClearsTheLastReturnReason() {
		// given
		Revision revision = aDraft();
		revision.submit("rita", NOW);
		revision.returnForRevision("Wrong month", "bob", NOW);

		// when
		revision.submit("rita", NOW);

		// then
		assertThat(revision.returnReason()).isNull();
		assertThat(revision.submittedBy()).isEqualTo("rita");
	}

}
