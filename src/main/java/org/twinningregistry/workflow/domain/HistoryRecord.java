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
import org.jspecify.annotations.Nullable;

import org.twinningregistry.workflow.HistoryAction;

/** One stored step of a record's history; never changed once written. */
@Entity
@Table(name = "workflow_history")
public class HistoryRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String kind;

	@Column(name = "record_id")
	private String recordId;

	private Instant at;

	private String actor;

	@Column(name = "actor_office")
	private String actorOffice;

	@Enumerated(EnumType.STRING)
	private HistoryAction action;

	@Column(name = "changes_json")
	private String changesJson;

	private @Nullable String reason;

	private String parties;

	protected HistoryRecord() {
		this.parties = "";
		this.kind = "";
		this.recordId = "";
		this.at = Instant.EPOCH;
		this.actor = "";
		this.actorOffice = "";
		this.action = HistoryAction.UPDATED;
		this.changesJson = "[]";
	}

	public HistoryRecord(String kind, String recordId, Step step, Instant at) {
		this.kind = kind;
		this.recordId = recordId;
		this.at = at;
		this.actor = step.actor();
		this.actorOffice = step.office();
		this.action = step.action();
		this.changesJson = step.changesJson();
		this.reason = step.reason();
		this.parties = step.parties();
	}

	/** The entry's id, given when it is saved. */
	public long id() {
		return java.util.Objects.requireNonNull(this.id, "not saved yet");
	}

	public String parties() {
		return this.parties;
	}

	public Instant at() {
		return this.at;
	}

	public String actor() {
		return this.actor;
	}

	/** The office the actor acted in ({@code REVIEWER:CA-BC}), empty if not recorded. */
	public String actorOffice() {
		return this.actorOffice;
	}

	public HistoryAction action() {
		return this.action;
	}

	public String changesJson() {
		return this.changesJson;
	}

	public @Nullable String reason() {
		return this.reason;
	}

	/**
	 * What happened, by whom.
	 *
	 * @param actor who (the user name)
	 * @param office the office they acted in ({@code AccessControl.office})
	 * @param action what
	 * @param changesJson the field changes as JSON
	 * @param reason why, if given
	 * @param parties the governments of the revision a workflow step concerns,
	 * comma-separated; empty for a published change
	 */
	public record Step(String actor, String office, HistoryAction action, String changesJson, @Nullable String reason,
			String parties) {

	}

}
