package org.twinningregistry.shared;

/**
 * Bean Validation group of the constraints that only an update checks (the version it is
 * based on).
 */
public interface OnUpdate {

}
