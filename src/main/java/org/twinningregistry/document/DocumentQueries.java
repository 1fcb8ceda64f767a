package org.twinningregistry.document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.twinningregistry.account.Offices;
import org.twinningregistry.agreement.AgreementRegistry;
import org.twinningregistry.document.domain.Document;
import org.twinningregistry.document.domain.DocumentRepository;
import org.twinningregistry.document.internal.DocumentStore;
import org.twinningregistry.engagement.EngagementLog;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.shared.NotFoundException;
import org.twinningregistry.workflow.RecordKind;
import org.twinningregistry.workflow.RecordRef;

/**
 * The reads of {@link DocumentArchive}: the documents of records, as the caller may see
 * them, and one document's bytes.
 */
@Component
class DocumentQueries {

	static final String KIND = "document";

	private final DocumentRepository documents;

	private final DocumentStore store;

	private final DocumentGuard guard;

	private final Offices offices;

	DocumentQueries(DocumentRepository documents, DocumentStore store, DocumentGuard guard, Offices offices) {
		this.documents = documents;
		this.store = store;
		this.guard = guard;
		this.offices = offices;
	}

	List<DocumentSummary> list(RecordRef record) {
		List<GovernmentId> parties = this.guard.parties(record);
		return this.documents.findByRecordKindAndRecordIdOrderByAddedAtAscIdAsc(record.kind().key(), record.id())
			.stream()
			.filter(d -> this.guard.maySee(d.facts().visibility(), parties))
			.map(d -> summary(d, parties))
			.toList();
	}

	List<DocumentSummary> list(Collection<RecordRef> records) {
		Map<RecordRef, List<GovernmentId>> parties = this.guard.parties(records);
		List<DocumentSummary> found = new ArrayList<>();
		for (RecordKind kind : List.of(AgreementRegistry.RECORDS, EngagementLog.RECORDS)) {
			List<String> ids = parties.keySet().stream().filter(r -> r.kind().equals(kind)).map(RecordRef::id).toList();
			for (int from = 0; from < ids.size(); from += 500) {
				for (Document document : this.documents.findByRecordKindAndRecordIdInOrderByAddedAtAscIdAsc(kind.key(),
						ids.subList(from, Math.min(ids.size(), from + 500)))) {
					List<GovernmentId> of = parties.get(new RecordRef(kind, document.recordId()));
					if (this.guard.maySee(document.facts().visibility(), of)) {
						found.add(summary(document, of));
					}
				}
			}
		}
		return found;
	}

	/**
	 * The document if the caller may see it (an internal one otherwise reads as none).
	 */
	Optional<Visible> find(DocumentId id) {
		return this.documents.findById(id.value()).flatMap(document -> {
			RecordRef record = record(document);
			Optional<List<GovernmentId>> parties = Optional.ofNullable(this.guard.parties(List.of(record)).get(record));
			return parties.filter(p -> this.guard.maySee(document.facts().visibility(), p))
				.map(p -> new Visible(document, p));
		});
	}

	Visible get(DocumentId id) {
		return find(id).orElseThrow(() -> new NotFoundException(KIND, id.value()));
	}

	DocumentContent content(DocumentId id) {
		Visible visible = get(id);
		byte[] bytes = this.store.get(id.value()).orElseThrow(() -> new NotFoundException(KIND, id.value()));
		return new DocumentContent(summary(visible.document(), visible.parties()), bytes);
	}

	boolean mayAdd(RecordRef record) {
		List<GovernmentId> parties = this.guard.parties(List.of(record)).get(record);
		return parties != null && this.guard.mayAdd(parties);
	}

	void forEachVisible(java.util.function.Consumer<DocumentContent> consumer) {
		for (String id : this.documents.findAllIds()) {
			find(new DocumentId(id)).ifPresent(visible -> this.store.get(id)
				.ifPresent(bytes -> consumer.accept(new DocumentContent(visible.summary(this), bytes))));
		}
	}

	long countOf(RecordRef record) {
		return this.documents.countByRecordKindAndRecordId(record.kind().key(), record.id());
	}

	DocumentSummary summary(Document document, List<GovernmentId> parties) {
		Document.Facts facts = document.facts();
		Document.Added added = document.added();
		return new DocumentSummary(new DocumentId(document.id()), record(document), facts.title(), facts.kind(),
				facts.language(), facts.visibility(), facts.fileName(), facts.contentType(), facts.size(),
				facts.sha256(), added.at(), this.offices.describe(added.office()), added.office(),
				this.guard.mayRemove(added.by(), parties));
	}

	static RecordRef record(Document document) {
		RecordKind kind = document.recordKind().equals(EngagementLog.RECORDS.key()) ? EngagementLog.RECORDS
				: AgreementRegistry.RECORDS;
		return new RecordRef(kind, document.recordId());
	}

	/** A document the caller may see, with its record's parties. */
	record Visible(Document document, List<GovernmentId> parties) {

		DocumentSummary summary(DocumentQueries queries) {
			return queries.summary(this.document, this.parties);
		}

	}

}
