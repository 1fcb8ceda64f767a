package org.twinningregistry.workflow;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.gazetteer.GovernmentId;

/**
 * A party government's confirmation of a published record.
 *
 * @param government the party that confirmed
 * @param by who confirmed for it, as the public sees it: the office they confirmed in
 * ("Reporter of Burnaby"), never a user name
 * @param office that office as recorded ({@code REPORTER:CA-BC-burnaby}; empty for
 * confirmations given before offices were kept)
 * @param account the user name, only for those who may review the record; {@code null}
 * for everyone else
 * @param at when
 */
public record Confirmation(GovernmentId government, String by, String office, @Nullable String account, Instant at) {

}
