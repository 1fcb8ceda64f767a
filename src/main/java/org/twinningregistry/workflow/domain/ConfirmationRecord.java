package org.twinningregistry.workflow.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** One party government's stored confirmation of a published record. */
@Entity
@Table(name = "workflow_confirmation")
public class ConfirmationRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String kind;

	@Column(name = "record_id")
	private String recordId;

	private String government;

	@Column(name = "confirmed_by")
	private String confirmedBy;

	@Column(name = "confirmed_office")
	private String confirmedOffice;

	@Column(name = "confirmed_at")
	private Instant confirmedAt;

	protected ConfirmationRecord() {
		this.kind = "";
		this.recordId = "";
		this.government = "";
		this.confirmedBy = "";
		this.confirmedOffice = "";
		this.confirmedAt = Instant.EPOCH;
	}

	public ConfirmationRecord(String kind, String recordId, String government, String confirmedBy,
			String confirmedOffice, Instant confirmedAt) {
		this.kind = kind;
		this.recordId = recordId;
		this.government = government;
		this.confirmedBy = confirmedBy;
		this.confirmedOffice = confirmedOffice;
		this.confirmedAt = confirmedAt;
	}

	public String government() {
		return this.government;
	}

	public String confirmedBy() {
		return this.confirmedBy;
	}

	/** The office the confirmation was given in, empty if not recorded. */
	public String confirmedOffice() {
		return this.confirmedOffice;
	}

	public Instant confirmedAt() {
		return this.confirmedAt;
	}

}
