package org.twinningregistry.document;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.twinningregistry.document.domain.Document;
import org.twinningregistry.document.domain.DocumentRepository;
import org.twinningregistry.document.internal.DocumentStore;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.shared.ContentTooLargeException;
import org.twinningregistry.shared.RuleViolationException;
import org.twinningregistry.shared.UpsertOutcome;
import org.twinningregistry.shared.UpsertResult;
import org.twinningregistry.shared.Violation;
import org.twinningregistry.workflow.RecordRef;

/**
 * A data package's documents, for {@link DocumentArchive#importDocument}: each created or
 * replaced by id with the checks of an upload (type from the bytes, size, fields), by a
 * curator of a party of its record (and of its stored record's, for a replacement), as
 * imports are; nothing written for one whose facts and bytes are those stored.
 */
@Component
class DocumentImports {

	private final DocumentRepository documents;

	private final DocumentStore store;

	private final DocumentGuard guard;

	private final DocumentIntake intake;

	private final DocumentWrites writes;

	private final Clock clock;

	DocumentImports(DocumentRepository documents, DocumentStore store, DocumentGuard guard, DocumentIntake intake,
			DocumentWrites writes, Clock clock) {
		this.documents = documents;
		this.store = store;
		this.guard = guard;
		this.intake = intake;
		this.writes = writes;
		this.clock = clock;
	}

	UpsertResult write(ImportedDocument imported) {
		RecordRef record = imported.document().record();
		Optional<List<GovernmentId>> parties = Optional.ofNullable(this.guard.parties(List.of(record)).get(record));
		if (parties.isEmpty()) {
			return UpsertResult.refused(List
				.of(Violation.of(record.kind().key(), "import.document.record", record.kind().key(), record.id())));
		}
		requirePublish(record, parties.get());
		Document.Facts facts;
		try {
			facts = this.intake.check(imported.document(), imported.bytes().length, imported.bytes());
		}
		catch (RuleViolationException ex) {
			return UpsertResult.refused(ex.violations());
		}
		catch (ContentTooLargeException ex) {
			return UpsertResult.refused(List.of(Violation.of("file", ex.code(), ex.arguments())));
		}
		Optional<Document> stored = this.documents.findById(imported.id().value());
		if (stored.isEmpty()) {
			create(imported, record, parties.get(), facts);
			return UpsertResult.written(UpsertOutcome.CREATED);
		}
		return replace(stored.get(), record, parties.get(), facts, imported.bytes());
	}

	private void create(ImportedDocument imported, RecordRef record, List<GovernmentId> parties, Document.Facts facts) {
		DocumentGuard.Actor actor = this.guard.actor(parties);
		Document document = new Document(imported.id().value(), record.kind().key(), record.id(), facts,
				new Document.Added((imported.addedAt() != null) ? imported.addedAt() : this.clock.instant(),
						actor.account(), actor.office()));
		this.documents.saveAndFlush(document);
		this.store.put(document.id(), imported.bytes());
		this.writes.record(record, parties, facts, true);
	}

	private UpsertResult replace(Document document, RecordRef record, List<GovernmentId> parties, Document.Facts facts,
			byte[] bytes) {
		RecordRef before = DocumentQueries.record(document);
		if (before.equals(record) && document.facts().equals(facts)) {
			return UpsertResult.written(UpsertOutcome.UNCHANGED);
		}
		List<GovernmentId> beforeParties = this.guard.parties(List.of(before)).getOrDefault(before, List.of());
		if (!beforeParties.isEmpty()) {
			requirePublish(before, beforeParties);
			this.writes.record(before, beforeParties, document.facts(), false);
		}
		document.replace(record.kind().key(), record.id(), facts);
		this.documents.saveAndFlush(document);
		this.store.put(document.id(), bytes);
		this.writes.record(record, parties, facts, true);
		return UpsertResult.written(UpsertOutcome.UPDATED);
	}

	private void requirePublish(RecordRef record, List<GovernmentId> parties) {
		this.guard.requireMayPublish(record, parties);
	}

}
