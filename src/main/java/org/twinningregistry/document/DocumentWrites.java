package org.twinningregistry.document;

import java.time.Clock;
import java.util.List;

import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Component;
import org.twinningregistry.document.domain.Document;
import org.twinningregistry.document.domain.DocumentRepository;
import org.twinningregistry.document.internal.DocumentStore;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.workflow.FieldChange;
import org.twinningregistry.workflow.HistoryAction;
import org.twinningregistry.workflow.HistoryLog;
import org.twinningregistry.workflow.RecordRef;

/**
 * The writes of {@link DocumentArchive}: a document added (checked first, stored whole or
 * not at all) and removed, each in the record's history.
 */
@Component
class DocumentWrites {

	private final DocumentRepository documents;

	private final DocumentStore store;

	private final DocumentGuard guard;

	private final DocumentIntake intake;

	private final HistoryLog history;

	private final Clock clock;

	DocumentWrites(DocumentRepository documents, DocumentStore store, DocumentGuard guard, DocumentIntake intake,
			HistoryLog history, Clock clock) {
		this.documents = documents;
		this.store = store;
		this.guard = guard;
		this.intake = intake;
		this.history = history;
		this.clock = clock;
	}

	Document add(NewDocument request, long size, InputStreamSource content) {
		List<GovernmentId> parties = this.guard.parties(request.record());
		this.guard.requireMayAdd(request.record(), parties);
		this.intake.requireWithinLimit(size);
		byte[] bytes = this.intake.read(content);
		Document.Facts facts = this.intake.check(request, bytes.length, bytes);
		DocumentGuard.Actor actor = this.guard.actor(parties);
		Document document = new Document(DocumentId.generate().value(), request.record().kind().key(),
				request.record().id(), facts,
				new Document.Added(this.clock.instant(), actor.account(), actor.office()));
		this.documents.saveAndFlush(document);
		this.store.put(document.id(), bytes);
		record(request.record(), parties, facts, true);
		return document;
	}

	void remove(DocumentQueries.Visible visible) {
		Document document = visible.document();
		RecordRef record = DocumentQueries.record(document);
		this.guard.requireMayRemove(record, document.added().by(), visible.parties());
		this.store.remove(document.id());
		this.documents.delete(document);
		record(record, visible.parties(), document.facts(), false);
	}

	/** The record's history entry for a document added or removed. */
	void record(RecordRef record, List<GovernmentId> parties, Document.Facts facts, boolean added) {
		boolean internal = facts.visibility() == DocumentVisibility.INTERNAL;
		HistoryAction action = added ? (internal ? HistoryAction.INTERNAL_ADDED : HistoryAction.DOCUMENT_ADDED)
				: (internal ? HistoryAction.INTERNAL_REMOVED : HistoryAction.DOCUMENT_REMOVED);
		List<FieldChange> changes = List.of(change("document", facts.title(), added),
				change("kind", facts.kind().name(), added), change("file", facts.fileName(), added),
				change("sha256", facts.sha256(), added));
		this.history.recordDocument(record, parties, action, changes);
	}

	private static FieldChange change(String field, String value, boolean added) {
		return added ? new FieldChange(field, null, value) : new FieldChange(field, value, null);
	}

}
