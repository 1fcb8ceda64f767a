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

	@Column(name = "confirmed_at")
	private Instant confirmedAt;

	protected ConfirmationRecord() {
		this.kind = "";
		this.recordId = "";
		this.government = "";
		this.confirmedBy = "";
		this.confirmedAt = Instant.EPOCH;
	}

	public ConfirmationRecord(String kind, String recordId, String government, String confirmedBy,
			Instant confirmedAt) {
		this.kind = kind;
		this.recordId = recordId;
		this.government = government;
		this.confirmedBy = confirmedBy;
		this.confirmedAt = confirmedAt;
	}

	public String government() {
		return this.government;
	}

	public String confirmedBy() {
		return this.confirmedBy;
	}

	public Instant confirmedAt() {
		return this.confirmedAt;
	}

}
