package org.twinningregistry.workflow;

import java.time.Instant;

import org.twinningregistry.gazetteer.GovernmentId;

/**
 * A party government's confirmation of a published record.
 *
 * @param government the party that confirmed
 * @param by who confirmed for it
 * @param at when
 */
public record Confirmation(GovernmentId government, String by, Instant at) {

}
