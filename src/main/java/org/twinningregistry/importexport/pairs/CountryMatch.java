package org.twinningregistry.importexport.pairs;

import org.jspecify.annotations.Nullable;

/**
 * What a free-text country cell names.
 *
 * @param country ISO 3166-1 alpha-2
 * @param subdivision ISO 3166-2, when the cell names one ("Wales", "Azores, Portugal")
 * @param confidence 1 for an exact name, less for a fuzzy one
 */
public record CountryMatch(String country, @Nullable String subdivision, double confidence) {

}
