package org.twinningregistry.engagement;

/** How an engagement was done, beside what it was about. */
public enum EngagementForm {

	/** A visit of officials or a delegation. */
	DELEGATION,
	/** Secondment or long training stay. */
	TRAINING,
	/** A student, youth or homestay programme. */
	PROGRAM,
	/** Festival, exhibition, performance, game. */
	EVENT,
	/** Signing, renewal, anniversary. */
	CEREMONY,
	/** Forum, seminar, summit. */
	CONFERENCE,
	/** A project run together. */
	JOINT_PROJECT,
	/** Goods or money given. */
	GIFT,
	/** Letters, greetings, video messages: not substantive. */
	CORRESPONDENCE,
	/** Anything else. */
	OTHER;

	/**
	 * Whether an engagement of this form keeps a relationship alive (all but
	 * correspondence).
	 */
	public boolean isSubstantive() {
		return SubstantiveRule.isSubstantive(this);
	}

}
