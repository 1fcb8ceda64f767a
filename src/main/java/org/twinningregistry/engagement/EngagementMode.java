package org.twinningregistry.engagement;

/** Whether people met. */
public enum EngagementMode {

	IN_PERSON, VIRTUAL

}
