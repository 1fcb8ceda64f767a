package org.twinningregistry.workflow;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.twinningregistry.account.AccessControl;
import org.twinningregistry.gazetteer.GovernmentId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * {@link RecordWrites} decides, for any kind that plugs in, whether a write is published
 * at once or filed as a draft: shown with a kind of record the workflow has never heard
 * of (notes, kept in a map), found as a bean like the application's kinds.
 */
class RecordWritesTests {

	private static final RecordRef NOTE = new RecordRef(Notes.KIND, "n1");

	private final Notes notes = new Notes();

	private final RevisionDesk desk = mock(RevisionDesk.class);

	private final HistoryLog history = mock(HistoryLog.class);

	private final AccessControl access = mock(AccessControl.class);

	private final RecordWrites writes = new RecordWrites(kinds(this.notes), this.desk, this.history, this.access);

	@Test
	void publishesACuratorsWriteAtOnce() {
		// given
		given(this.access.mayPublish(anyCollection())).willReturn(true);

		// when
		RevisionSummary draft = this.writes.create(NOTE, "hello");

		// then
		assertThat(draft).isNull();
		assertThat(this.notes.published).containsEntry("n1", "hello");
		verify(this.history).recordPublished(eq(NOTE), eq(HistoryAction.CREATED), eq(Map.of()),
				eq(Map.of("text", "hello")));
		verify(this.desk, never()).propose(any(), any(), any());
	}

	@Test
	void filesAReportersWriteAsADraft() {
		// given
		given(this.access.mayReport(anyCollection())).willReturn(true);

		// when
		this.writes.create(NOTE, "hello");

		// then
		assertThat(this.notes.published).isEmpty();
		verify(this.desk).propose(eq(NOTE), any(Proposal.class), isNull());
		verify(this.history, never()).recordPublished(any(), any(), any(), any());
	}

	@SuppressWarnings("unchecked")
	private static ReviewedKinds kinds(ReviewedKind<?> kind) {
		ObjectProvider<ReviewedKind<?>> provider = (ObjectProvider<ReviewedKind<?>>) (ObjectProvider<?>) new StaticListableBeanFactory(
				Map.of("notes", kind))
			.getBeanProvider(ReviewedKind.class);
		return new ReviewedKinds(provider);
	}

	/** A kind of record of one text field, concerning one government. */
	static final class Notes implements ReviewedKind<String> {

		static final RecordKind KIND = new RecordKind("note", "notes");

		final Map<String, String> published = new HashMap<>();

		@Override
		public RecordKind kind() {
			return KIND;
		}

		@Override
		public Class<String> valuesType() {
			return String.class;
		}

		@Override
		public Optional<Published<String>> published(String id) {
			return Optional.ofNullable(this.published.get(id)).map(text -> new Published<>(text, 0));
		}

		@Override
		public Set<GovernmentId> parties(String values) {
			return Set.of(new GovernmentId("burnaby"));
		}

		@Override
		public Map<String, @Nullable String> fields(String values) {
			return Map.of("text", values);
		}

		@Override
		public void check(String id, String values) {
		}

		@Override
		public void insert(String id, String values) {
			this.published.put(id, values);
		}

		@Override
		public void change(String id, String values) {
			this.published.put(id, values);
		}

	}

}
