package org.twinningregistry.continuity;

/**
 * A section of a brief: a Thymeleaf fragment and what it shows (a {@code PageSection} of
 * the page {@code "brief"}).
 *
 * @param fragment the fragment, e.g. {@code continuity/brief :: relationships}
 * @param model what it shows, available to it as {@code section}
 */
public record BriefPart(String fragment, Object model) {

}
