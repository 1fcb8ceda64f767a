package org.twinningregistry.workflow.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import org.twinningregistry.shared.ConflictException;
import org.twinningregistry.workflow.RevisionState;

/**
 * The open revision of one record: proposed values and where the review stands. Its
 * transitions check the current state; its version makes concurrent edits and approvals
 * exclusive.
 */
@Entity
@Table(name = "workflow_revision")
public class Revision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String kind;

	@Column(name = "record_id")
	private String recordId;

	@Enumerated(EnumType.STRING)
	private RevisionState state;

	@Column(name = "values_json")
	private String valuesJson;

	@Column(name = "fields_json")
	private String fieldsJson;

	@Column(name = "base_version")
	private @Nullable Long baseVersion;

	private String parties;

	private String author;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Column(name = "updated_by")
	private String updatedBy;

	@Column(name = "submitted_by")
	private @Nullable String submittedBy;

	@Column(name = "submitted_at")
	private @Nullable Instant submittedAt;

	@Column(name = "return_reason")
	private @Nullable String returnReason;

	@Column(name = "returned_by")
	private @Nullable String returnedBy;

	@Column(name = "returned_at")
	private @Nullable Instant returnedAt;

	@Version
	private long version;

	protected Revision() {
		this.kind = "";
		this.recordId = "";
		this.state = RevisionState.DRAFT;
		this.valuesJson = "";
		this.fieldsJson = "";
		this.parties = "";
		this.author = "";
		this.updatedBy = "";
		this.createdAt = Instant.EPOCH;
		this.updatedAt = Instant.EPOCH;
	}

	/** A new draft. */
	public Revision(String kind, String recordId, @Nullable Long baseVersion, Content content, String author,
			Instant now) {
		this.kind = kind;
		this.recordId = recordId;
		this.state = RevisionState.DRAFT;
		this.baseVersion = baseVersion;
		this.valuesJson = content.valuesJson();
		this.fieldsJson = content.fieldsJson();
		this.parties = content.parties();
		this.author = author;
		this.createdAt = now;
		this.updatedAt = now;
		this.updatedBy = author;
	}

	/**
	 * Replaces the proposed values; a returned revision becomes a draft again.
	 * @throws ConflictException if it is submitted (locked)
	 */
	public void revise(Content content, String actor, Instant now) {
		requireEditable();
		this.valuesJson = content.valuesJson();
		this.fieldsJson = content.fieldsJson();
		this.parties = content.parties();
		this.state = RevisionState.DRAFT;
		touch(actor, now);
	}

	/**
	 * Submits it for review.
	 * @throws ConflictException unless it is a draft or returned
	 */
	public void submit(String actor, Instant now) {
		requireEditable();
		this.state = RevisionState.SUBMITTED;
		this.submittedBy = actor;
		this.submittedAt = now;
		this.returnReason = null;
		this.returnedBy = null;
		this.returnedAt = null;
		touch(actor, now);
	}

	/**
	 * Marks the start of an approval: changes the row so that a concurrent approval or
	 * edit of the same version fails at flush.
	 * @throws ConflictException unless it is submitted
	 */
	public void beginApproval(String actor, Instant now) {
		requireSubmitted();
		touch(actor, now);
	}

	/**
	 * Returns it to the reporter with a reason.
	 * @throws ConflictException unless it is submitted
	 */
	public void returnForRevision(String reason, String actor, Instant now) {
		requireSubmitted();
		this.state = RevisionState.RETURNED;
		this.returnReason = reason;
		this.returnedBy = actor;
		this.returnedAt = now;
		touch(actor, now);
	}

	/**
	 * Checks that it may be discarded.
	 * @throws ConflictException if it is submitted (locked)
	 */
	public void requireEditable() {
		if (!this.state.isEditable()) {
			throw new ConflictException("error.revision.locked", this.kind, this.recordId,
					(this.submittedBy != null) ? this.submittedBy : this.author, this.state.name());
		}
	}

	private void requireSubmitted() {
		if (this.state != RevisionState.SUBMITTED) {
			throw new ConflictException("error.revision.not-submitted", this.kind, this.recordId, this.state.name());
		}
	}

	private void touch(String actor, Instant now) {
		this.updatedAt = now;
		this.updatedBy = actor;
	}

	public String kind() {
		return this.kind;
	}

	public String recordId() {
		return this.recordId;
	}

	public RevisionState state() {
		return this.state;
	}

	public String valuesJson() {
		return this.valuesJson;
	}

	public String fieldsJson() {
		return this.fieldsJson;
	}

	public @Nullable Long baseVersion() {
		return this.baseVersion;
	}

	public String parties() {
		return this.parties;
	}

	public String author() {
		return this.author;
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

	public String updatedBy() {
		return this.updatedBy;
	}

	public @Nullable String submittedBy() {
		return this.submittedBy;
	}

	public @Nullable String returnReason() {
		return this.returnReason;
	}

	public @Nullable String returnedBy() {
		return this.returnedBy;
	}

	public long version() {
		return this.version;
	}

	/**
	 * Proposed values as stored.
	 *
	 * @param valuesJson the values as JSON
	 * @param fieldsJson the values as text by field, as JSON
	 * @param parties the party government ids, comma-separated
	 */
	public record Content(String valuesJson, String fieldsJson, String parties) {

	}

}
