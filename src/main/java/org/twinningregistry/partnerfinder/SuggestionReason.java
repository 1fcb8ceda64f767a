package org.twinningregistry.partnerfinder;

/**
 * One component of a suggestion's score, in numbers and in words.
 *
 * @param component which component
 * @param points what it adds to the score (negative for a penalty), to two decimals
 * @param sentence why, in the reader's language
 */
public record SuggestionReason(SuggestionComponent component, double points, String sentence) {

}
