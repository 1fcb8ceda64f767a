package org.twinningregistry.document.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import org.twinningregistry.document.DocumentKind;
import org.twinningregistry.document.DocumentVisibility;

/**
 * A document on file for an agreement or an engagement: what it is and where its bytes
 * came from. Its bytes live beside it, in {@code document_content}, and never change: a
 * document is added and removed, not edited (an import may replace one by id).
 */
@Entity
@Table(name = "document")
public class Document {

	@Id
	private String id;

	@Column(name = "record_kind")
	private String recordKind;

	@Column(name = "record_id")
	private String recordId;

	private String title;

	@Enumerated(EnumType.STRING)
	private DocumentKind kind;

	private @Nullable String language;

	@Enumerated(EnumType.STRING)
	private DocumentVisibility visibility;

	@Column(name = "file_name")
	private String fileName;

	@Column(name = "content_type")
	private String contentType;

	@Column(name = "size_bytes")
	private long size;

	private String sha256;

	@Column(name = "added_at")
	private Instant addedAt;

	@Column(name = "added_by")
	private String addedBy;

	@Column(name = "added_office")
	private String addedOffice;

	@Version
	private long version;

	protected Document() {
		this.id = "";
		this.recordKind = "";
		this.recordId = "";
		this.title = "";
		this.kind = DocumentKind.OTHER;
		this.visibility = DocumentVisibility.PUBLIC;
		this.fileName = "";
		this.contentType = "";
		this.sha256 = "";
		this.addedAt = Instant.EPOCH;
		this.addedBy = "";
		this.addedOffice = "";
	}

	public Document(String id, String recordKind, String recordId, Facts facts, Added added) {
		this.id = id;
		this.recordKind = recordKind;
		this.recordId = recordId;
		this.addedAt = added.at();
		this.addedBy = added.by();
		this.addedOffice = added.office();
		this.title = "";
		this.kind = DocumentKind.OTHER;
		this.visibility = DocumentVisibility.PUBLIC;
		this.fileName = "";
		this.contentType = "";
		this.sha256 = "";
		replace(recordKind, recordId, facts);
	}

	/** Gives the document new facts (and record), as an import that replaces it does. */
	public void replace(String newRecordKind, String newRecordId, Facts facts) {
		this.recordKind = newRecordKind;
		this.recordId = newRecordId;
		this.title = facts.title();
		this.kind = facts.kind();
		this.language = facts.language();
		this.visibility = facts.visibility();
		this.fileName = facts.fileName();
		this.contentType = facts.contentType();
		this.size = facts.size();
		this.sha256 = facts.sha256();
	}

	public String id() {
		return this.id;
	}

	public String recordKind() {
		return this.recordKind;
	}

	public String recordId() {
		return this.recordId;
	}

	public Facts facts() {
		return new Facts(this.title, this.kind, this.language, this.visibility, this.fileName, this.contentType,
				this.size, this.sha256);
	}

	public Added added() {
		return new Added(this.addedAt, this.addedBy, this.addedOffice);
	}

	public long version() {
		return this.version;
	}

	/**
	 * What a document is, as checked before it is stored.
	 *
	 * @param title what it is, in words
	 * @param kind what it is, as a code
	 * @param language a BCP 47 tag, or {@code null}
	 * @param visibility who may see it
	 * @param fileName the file's name as uploaded
	 * @param contentType detected from the bytes
	 * @param size in bytes
	 * @param sha256 lower-case hexadecimal
	 */
	public record Facts(String title, DocumentKind kind, @Nullable String language, DocumentVisibility visibility,
			String fileName, String contentType, long size, String sha256) {

	}

	/**
	 * Who added a document, and when.
	 *
	 * @param at when
	 * @param by the account's user name
	 * @param office the grant it acted under ({@code REPORTER:CA-BC-burnaby})
	 */
	public record Added(Instant at, String by, String office) {

	}

}
