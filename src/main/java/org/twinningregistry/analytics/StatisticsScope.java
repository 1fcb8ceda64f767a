package org.twinningregistry.analytics;

import org.jspecify.annotations.Nullable;

/**
 * Whose relationships a figure covers: those of a country's governments, or of one
 * subdivision's, optionally only those with one partner country.
 *
 * @param country ISO 3166-1 code of the home side
 * @param subdivision ISO 3166-2 code narrowing the home side, or {@code null}
 * @param partner ISO 3166-1 code of the partner side, or {@code null} for every partner
 */
public record StatisticsScope(String country, @Nullable String subdivision, @Nullable String partner) {

}
