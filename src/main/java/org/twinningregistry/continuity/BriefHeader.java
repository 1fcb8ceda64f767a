package org.twinningregistry.continuity;

import java.time.LocalDate;

import org.twinningregistry.gazetteer.GovernmentDetails;

/**
 * The top of a government's brief.
 *
 * @param government the government, with its names
 * @param country its country, in the reader's language
 * @param subdivision its subdivision, in the reader's language
 * @param asOf the day the brief describes
 */
public record BriefHeader(GovernmentDetails government, String country, String subdivision, LocalDate asOf) {

}
