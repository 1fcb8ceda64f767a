package org.twinningregistry.document;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.twinningregistry.shared.ContentTooLargeException;
import org.twinningregistry.shared.NotFoundException;
import org.twinningregistry.shared.RuleViolationException;
import org.twinningregistry.workflow.RecordRef;

/**
 * The documents' facade: the files on record for a published agreement or engagement. Who
 * may add, see and remove them is decided by the record's parties
 * ({@link DocumentGuard}); every addition and removal is in the record's history
 * (workflow's {@code HistoryLog}: {@code DOCUMENT_ADDED}, {@code DOCUMENT_REMOVED}, and
 * for internal documents {@code INTERNAL_ADDED}, {@code INTERNAL_REMOVED}, which only
 * those who may see them see). A document never changes once added.
 */
@Service
@EnableConfigurationProperties(DocumentSettings.class)
public class DocumentArchive {

	private final DocumentQueries queries;

	private final DocumentWrites writes;

	private final DocumentImports imports;

	DocumentArchive(DocumentQueries queries, DocumentWrites writes, DocumentImports imports) {
		this.queries = queries;
		this.writes = writes;
		this.imports = imports;
	}

	/**
	 * Adds a document to a published agreement or engagement: checked whole before
	 * anything is stored (who adds, the fields, the size, the type detected from the
	 * bytes), then stored with its SHA-256, and recorded in the record's history.
	 * @param size the size the upload announces, refused before the bytes are read when
	 * it is over the limit (the bytes read are counted too)
	 * @param content the bytes
	 * @return the document as stored
	 * @throws NotFoundException if the record is not a published agreement or engagement
	 * @throws org.springframework.security.access.AccessDeniedException unless the caller
	 * may report for a party of the record
	 * @throws RuleViolationException if a field breaks a rule, or the file is empty or
	 * not a PDF, an image or an office document
	 * @throws ContentTooLargeException if the file is over
	 * {@code registry.document.max-size}
	 */
	@Transactional
	public DocumentSummary add(NewDocument document, long size, InputStreamSource content) {
		DocumentId id = new DocumentId(this.writes.add(document, size, content).id());
		return this.queries.get(id).summary(this.queries);
	}

	/**
	 * The documents of a published record the caller may see, oldest first.
	 * @throws NotFoundException if the record is not a published agreement or engagement
	 */
	@Transactional(readOnly = true)
	public List<DocumentSummary> list(RecordRef record) {
		return this.queries.list(record);
	}

	/**
	 * The documents the caller may see of those records that are published, by record
	 * kind then oldest first (for a government's brief).
	 */
	@Transactional(readOnly = true)
	public List<DocumentSummary> list(Collection<RecordRef> records) {
		return this.queries.list(records);
	}

	/** The document, or empty when there is none the caller may see. */
	@Transactional(readOnly = true)
	public Optional<DocumentSummary> find(DocumentId id) {
		return this.queries.find(id).map(v -> v.summary(this.queries));
	}

	/**
	 * The document with its bytes.
	 * @throws NotFoundException if there is none the caller may see (an internal document
	 * reads as none to those its record's parties do not cover)
	 */
	@Transactional(readOnly = true)
	public DocumentContent content(DocumentId id) {
		return this.queries.content(id);
	}

	/**
	 * Removes a document and its bytes, recorded in its record's history.
	 * @throws NotFoundException if there is none the caller may see
	 * @throws org.springframework.security.access.AccessDeniedException unless the caller
	 * may review for a party of the record, or added it and may still report for one
	 */
	@Transactional
	public void remove(DocumentId id) {
		this.writes.remove(this.queries.get(id));
	}

	/**
	 * Whether the caller may add documents to the record (for pages, which show the
	 * upload form only then); false when it is not a published record.
	 */
	@Transactional(readOnly = true)
	public boolean mayAdd(RecordRef record) {
		return this.queries.mayAdd(record);
	}

	/**
	 * Creates or replaces a document by id, as a data package's import does, in the
	 * caller's transaction: checked as an upload is (fields, size, the type detected from
	 * the bytes), recorded in its record's history; nothing is written when its facts and
	 * bytes are those stored.
	 * @return the outcome, or the rules it broke (its record is no published agreement or
	 * engagement: {@code import.document.record})
	 * @throws org.springframework.security.access.AccessDeniedException unless the caller
	 * may publish records of its record's parties (a curator), and of its stored record's
	 * for a replacement
	 */
	@Transactional
	public org.twinningregistry.shared.UpsertResult importDocument(ImportedDocument document) {
		return this.imports.write(document);
	}

	/**
	 * Hands every document the caller may see, with its bytes, to the consumer in id
	 * order, one at a time (for an export: a curator of every country sees them all).
	 */
	@Transactional(readOnly = true)
	public void forEachVisible(java.util.function.Consumer<DocumentContent> consumer) {
		this.queries.forEachVisible(consumer);
	}

	/** How many documents a record has, whoever may see them. */
	@Transactional(readOnly = true)
	public long countOf(RecordRef record) {
		return this.queries.countOf(record);
	}

}
